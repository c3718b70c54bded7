// The part of Core that an app's closures and tests use: parameter and result values, and the
// diagnostics a load error lists. Core's manifest, parsing and validation types stay out of
// users' namespace; import InstantAPICore explicitly to use them (the `instant` tool does).
@_exported import enum InstantAPICore.JSONValue
@_exported import typealias InstantAPICore.JSONObject
@_exported import struct InstantAPICore.Diagnostic
