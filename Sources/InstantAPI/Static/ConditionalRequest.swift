import HTTPTypes
import Foundation

/// The conditional request headers of a static GET (RFC 9110 §13): `If-None-Match` (weak
/// comparison, `*`), else `If-Modified-Since`; `If-Range` decides whether `Range` applies.
enum ConditionalRequest {
    /// Whether the client's copy is current: answer 304.
    static func isNotModified(_ request: IncomingRequest, _ representation: StaticRepresentation) -> Bool {
        if let tags = request.header(.ifNoneMatch) {
            let current = weak(representation.entityTag)
            return tags.split(separator: ",").contains { candidate in
                let tag = candidate.trimmingCharacters(in: .whitespaces)
                return tag == "*" || weak(tag) == current
            }
        }
        if let since = request.header(.ifModifiedSince), let date = HTTPDate.parse(since) {
            return representation.modifiedSeconds <= date
        }
        return false
    }

    /// Whether `Range` is honoured: always without `If-Range`; with it, only when it names the
    /// current entity tag (strong comparison) or exactly the current `Last-Modified` date.
    static func rangeApplies(_ request: IncomingRequest, _ representation: StaticRepresentation) -> Bool {
        guard let condition = request.header(.ifRange)?.trimmingCharacters(in: .whitespaces) else { return true }
        if condition.hasPrefix("\"") || condition.hasPrefix("W/") {
            return condition == representation.entityTag
        }
        return HTTPDate.parse(condition) == representation.modifiedSeconds
    }

    private static func weak(_ tag: String) -> Substring {
        tag.hasPrefix("W/") ? tag.dropFirst(2) : Substring(tag)
    }
}
