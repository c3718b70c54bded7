/// The MCP specification revisions the server speaks, oldest first: four reached through the
/// `initialize` handshake, and 2026-07-28, which has none (each request carries its revision
/// in `params._meta` and headers; `server/discover` describes the server).
enum MCPRevision: String, CaseIterable, Comparable, Sendable {
    case v2024_11_05 = "2024-11-05"
    case v2025_03_26 = "2025-03-26"
    case v2025_06_18 = "2025-06-18"
    case v2025_11_25 = "2025-11-25"
    case v2026_07_28 = "2026-07-28"

    /// The revisions `initialize` negotiates.
    static let handshake: [MCPRevision] = allCases.filter { !$0.isStateless }
    /// The newest of them: the answer to an `initialize` asking for one the server lacks.
    static let newestHandshake = v2025_11_25
    /// What a request without `MCP-Protocol-Version` speaks (the specification's rule for
    /// servers that cannot tell otherwise).
    static let assumedWithoutHeader = v2025_03_26
    /// Every revision, for `-32022` errors and `server/discover`.
    static let supportedList: JSONValue = .array(allCases.map { .string($0.rawValue) })

    /// Whether requests carry their revision themselves (2026-07-28 onward).
    var isStateless: Bool { self >= .v2026_07_28 }
    /// Whether a POST may carry a JSON-RPC batch: only 2025-03-26 defines them.
    var allowsBatches: Bool { self == .v2025_03_26 }
    /// Whether tools have `outputSchema`, `title` and results `structuredContent`.
    var hasStructuredResults: Bool { self >= .v2025_06_18 }

    /// The revision `initialize` answers for `requested`: the same when supported, else the
    /// newest handshake revision.
    static func negotiated(requested: JSONValue?) -> MCPRevision {
        if let text = requested?.stringValue, let revision = MCPRevision(rawValue: text), !revision.isStateless {
            return revision
        }
        return newestHandshake
    }

    /// Every case is a date, so the names sort as the revisions do.
    static func < (lhs: MCPRevision, rhs: MCPRevision) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
