/// A request as the pipeline sees it, independent of the HTTP server.
struct IncomingRequest: Sendable {
    /// The method, e.g. `GET`.
    var method: String
    /// The raw request target: path and query, not percent-decoded.
    var target: String
    /// Headers with lowercased names, in arrival order.
    var headers: [(name: String, value: String)]
    /// The whole body (already limited to the maximum size).
    var body: [UInt8]
    /// The peer's address, if known.
    var peerAddress: String?

    /// The first value of a (lowercase) header.
    func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    /// The raw pathname (before `?`).
    var pathname: Substring {
        target.firstIndex(of: "?").map { target[..<$0] } ?? Substring(target)
    }

    /// The raw query (after `?`), or `nil` without one.
    var query: Substring? {
        target.firstIndex(of: "?").map { target[target.index(after: $0)...] }
    }
}
