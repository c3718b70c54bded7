import HTTPTypes
import Hummingbird

/// A request as the pipeline sees it: the head as it arrived, the whole body, and where the
/// gateway is mounted. The one request representation inside the gateway.
struct IncomingRequest: Sendable {
    /// Method, target, authority and header fields as the HTTP server parsed them.
    let head: HTTPRequest
    /// The whole body (already limited to the maximum size; empty for most GETs).
    let body: [UInt8]
    /// The peer's address, if known.
    let peerAddress: String?
    /// The Hummingbird request context the request arrived with (identity, logger, request id).
    let requestContext: any RequestContext

    /// The method, e.g. `GET`.
    var method: String { head.method.rawValue }
    /// The raw request target: path and query, not percent-decoded.
    let target: String
    /// Where the query's `?` is: found once, on bytes.
    private let querySeparator: String.Index?
    /// Where the route part of the pathname starts: after the mount prefix (`/api`).
    private let routeStart: String.Index

    /// - Parameter mountDepth: how many leading path segments belong to the prefix the gateway
    ///   is mounted at (`/api`: 1); they are not part of the route name.
    init(head: HTTPRequest, body: [UInt8], peerAddress: String?, requestContext: any RequestContext, mountDepth: Int = 0) {
        self.head = head
        self.body = body
        self.peerAddress = peerAddress
        self.requestContext = requestContext
        let target = head.path ?? "/"
        self.target = target
        let separator = target.utf8.firstIndex(of: UInt8(ascii: "?"))
        querySeparator = separator
        routeStart = Self.index(after: mountDepth, segmentsOf: target[..<(separator ?? target.endIndex)])
    }

    /// The value of a header.
    func header(_ name: HTTPField.Name) -> String? {
        head.headerFields[name]
    }

    /// The request's authority: HTTP/1 `Host` (which HTTPTypes moves out of the fields) or
    /// HTTP/2 `:authority`.
    var host: String? { head.authority ?? header(named: "host") }

    /// The value of a header without an `HTTPField.Name` constant, by its lowercase name.
    func header(named lowercaseName: String) -> String? {
        head.headerFields.first { $0.name.canonicalName == lowercaseName }?.value
    }

    /// The raw pathname (before `?`), mount prefix included.
    var pathname: Substring {
        target[..<(querySeparator ?? target.endIndex)]
    }

    /// The pathname below the mount prefix (all of it when the gateway is not mounted).
    var routePathname: Substring {
        target[routeStart..<(querySeparator ?? target.endIndex)]
    }

    /// The raw query (after `?`), or `nil` without one.
    var query: Substring? {
        querySeparator.map { target[target.utf8.index(after: $0)...] }
    }

    /// The index after `count` non-empty `/`-separated segments, as Hummingbird's router counts
    /// them (empty segments are skipped).
    private static func index(after count: Int, segmentsOf path: Substring) -> String.Index {
        guard count > 0 else { return path.startIndex }
        var seen = 0
        var index = path.startIndex
        var inSegment = false
        while index < path.endIndex {
            if path[index] == "/" {
                if inSegment {
                    seen += 1
                    if seen == count { return index }
                }
                inSegment = false
            } else {
                inSegment = true
            }
            index = path.index(after: index)
        }
        return path.endIndex
    }
}
