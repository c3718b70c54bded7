import InstantAPICore

/// Why a gateway refused to start: every manifest diagnostic and every mismatch between
/// manifests and registered closures, all together.
public struct GatewayLoadError: Error, Sendable, CustomStringConvertible {
    /// Problems in manifest files (`functions/a.mjs:7: error: …`).
    public var diagnostics: [Diagnostic]
    /// Mismatches between manifests and closures, one line each.
    public var mismatches: [String]

    public init(diagnostics: [Diagnostic], mismatches: [String]) {
        self.diagnostics = diagnostics
        self.mismatches = mismatches
    }

    /// One problem per line.
    public var description: String {
        (diagnostics.map(\.description) + mismatches).joined(separator: "\n")
    }
}
