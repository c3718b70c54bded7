/// A request as the pipeline sees it, independent of the HTTP server.
struct IncomingRequest: Sendable {
    /// The method, e.g. `GET`.
    let method: String
    /// The raw request target: path and query, not percent-decoded.
    let target: String
    /// Headers with lowercased names, in arrival order.
    var headers: [(name: String, value: String)]
    /// The whole body (already limited to the maximum size).
    var body: [UInt8]
    /// The peer's address, if known.
    var peerAddress: String?

    /// Where the query's `?` is: found once, on bytes.
    private let querySeparator: String.Index?

    init(method: String, target: String, headers: [(name: String, value: String)], body: [UInt8], peerAddress: String?) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
        self.peerAddress = peerAddress
        querySeparator = target.utf8.firstIndex(of: UInt8(ascii: "?"))
    }

    /// The first value of a (lowercase) header.
    func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    /// The raw pathname (before `?`).
    var pathname: Substring {
        target[..<(querySeparator ?? target.endIndex)]
    }

    /// The raw query (after `?`), or `nil` without one.
    var query: Substring? {
        querySeparator.map { target[target.utf8.index(after: $0)...] }
    }
}
