import HTTPTypes
import InstantAPICore

/// The fields every request carries from MCP 2026-07-28 on: the revision and the client's
/// capabilities in `params._meta`, repeated in part as headers (`MCP-Protocol-Version`,
/// `Mcp-Method`, `Mcp-Name`) so that proxies can route without reading the body. The server
/// keeps no state between requests; each is checked on its own.
enum MCPStatelessEnvelope {
    static let versionKey = "io.modelcontextprotocol/protocolVersion"
    static let capabilitiesKey = "io.modelcontextprotocol/clientCapabilities"
    static let serverInfoKey = "io.modelcontextprotocol/serverInfo"

    /// Lowercase, as `HTTPField.Name.canonicalName`.
    static let versionHeader = "mcp-protocol-version"
    static let methodHeader = "mcp-method"
    static let nameHeader = "mcp-name"

    /// Whether `message` names its revision in `params._meta` (a stateless-era request even
    /// without the header).
    static func declaresRevision(_ message: JSONValue) -> Bool {
        message["params"]?["_meta"]?[versionKey] != nil
    }

    /// Checks `call` against the stateless rules, in the order of the official SDK's server:
    /// duplicated headers, the `_meta` envelope, headers that disagree with the body, then
    /// the revision itself.
    static func check(_ call: JSONRPC.Request, headers: HTTPFields) throws(JSONRPC.Failure) {
        var values: [String: [String]] = [:]
        for field in headers {
            let name = field.name.canonicalName
            if name == versionHeader || name == methodHeader || name == nameHeader { values[name, default: []].append(field.value) }
        }
        for (name, sent) in values where sent.count > 1 {
            throw JSONRPC.Failure(.headerMismatch, "Header mismatch: \(name) is sent more than once")
        }
        guard case .object(let meta)? = call.params["_meta"], let version = meta[versionKey],
            case .object? = meta[capabilitiesKey]
        else {
            throw JSONRPC.Failure(
                .invalidParams,
                "params._meta must be an object carrying the required '\(versionKey)' and '\(capabilitiesKey)' envelope keys")
        }
        guard case .string(let requested) = version else {
            throw JSONRPC.Failure(.invalidParams, "params._meta['\(versionKey)'] must be a string")
        }
        guard values[versionHeader]?.first == requested else {
            throw JSONRPC.Failure(
                .headerMismatch, "Header mismatch: MCP-Protocol-Version must equal params._meta['\(versionKey)'] (\"\(requested)\")")
        }
        guard values[methodHeader]?.first == call.method else {
            throw JSONRPC.Failure(.headerMismatch, "Header mismatch: Mcp-Method must equal the method \"\(call.method)\"")
        }
        if let named = namedTarget(call) {
            guard let header = values[nameHeader]?.first, decodedName(header) == named.value else {
                throw JSONRPC.Failure(.headerMismatch, "Header mismatch: Mcp-Name must equal params.\(named.key)")
            }
        }
        guard let revision = MCPRevision(rawValue: requested), revision.isStateless else {
            throw unsupported(requested)
        }
    }

    /// `-32022` naming the revisions the server speaks.
    static func unsupported(_ requested: String) -> JSONRPC.Failure {
        JSONRPC.Failure(
            .unsupportedProtocolVersion, "Unsupported protocol version",
            data: ["supported": MCPRevision.supportedList, "requested": .string(requested)])
    }

    /// The parameter `Mcp-Name` repeats: `name` for a tool call, `uri` for a resource read.
    private static func namedTarget(_ call: JSONRPC.Request) -> (key: String, value: String)? {
        let key: String
        switch call.method {
        case "tools/call", "prompts/get": key = "name"
        case "resources/read": key = "uri"
        default: return nil
        }
        return call.params[key]?.stringValue.map { (key, $0) }
    }

    /// A header value as sent: values headers cannot carry come as `=?base64?…?=`.
    private static func decodedName(_ header: String) -> String {
        guard header.hasPrefix("=?base64?"), header.hasSuffix("?="), header.count >= 11 else { return header }
        let encoded = header.dropFirst(9).dropLast(2)
        return String(decoding: Base64.decode(String(encoded)), as: UTF8.self)
    }
}
