import Foundation
import Hummingbird
import InstantAPICore

/// Maps what an endpoint closure throws to the wire error (SPEC §2, upstream-gateway §8.3).
enum ThrownErrorMapper {
    /// An `EndpointError`, or any other `HTTPResponseError`, keeps its status; any other error's message may start with `NNN:`,
    /// which sets the status and is stripped. 400-404, 409 and 429 get their own types;
    /// everything else is a 420 `RuntimeError`. `stack` is `<Type>: <original message>`.
    static func map(_ error: any Error) -> GatewayError {
        if let missing = error as? MissingClosureError { return GatewayError(.serverError, missing.message) }
        let original: String
        var status: Int?
        var details: JSONValue?
        if let endpointError = error as? EndpointError {
            original = endpointError.message
            status = endpointError.status.code
            details = endpointError.details
        } else if let responseError = error as? any HTTPResponseError {
            // Hummingbird's `HTTPError` carries its message as `body` (the reason phrase when it
            // has none); other response errors say what they are through their description.
            if let httpError = error as? HTTPError {
                original = httpError.body ?? httpError.status.reasonPhrase
            } else {
                original = message(of: error)
            }
            status = responseError.status.code
        } else {
            original = message(of: error)
        }
        var message = original
        if let (prefixed, rest) = statusPrefix(original) {
            message = rest
            if status == nil { status = prefixed }
        }
        let stack = "\(type(of: error)): \(original)"
        switch status {
        case 400:
            return GatewayError(.badRequestError, message, details: details?.objectValue.map(JSONValue.object), stack: stack)
        case 401: return GatewayError(.unauthorizedError, message, stack: stack)
        case 402: return GatewayError(.paymentRequiredError, message, stack: stack)
        case 403: return GatewayError(.forbiddenError, message, stack: stack)
        case 404: return GatewayError(.notFoundError, message, stack: stack)
        case 409: return GatewayError(.conflictError, message, details: details, stack: stack)
        case 429: return GatewayError(.rateLimitError, message, details: details)
        default: return GatewayError(.runtimeError, message, details: details, stack: stack)
        }
    }

    /// The text of a thrown error: `LocalizedError.errorDescription` when it has one, else its
    /// description.
    static func message(of error: any Error) -> String {
        if let localized = error as? any LocalizedError, let text = localized.errorDescription {
            return text
        }
        return String(describing: error)
    }

    /// `NNN:` followed by optional whitespace (`^\d{3}:\s*`): the status and the rest.
    static func statusPrefix(_ message: String) -> (Int, String)? {
        let utf8 = Array(message.utf8.prefix(4))
        guard utf8.count == 4, utf8[3] == UInt8(ascii: ":") else { return nil }
        var status = 0
        for byte in utf8[0..<3] {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            status = status * 10 + Int(byte - UInt8(ascii: "0"))
        }
        let rest = message.utf8.dropFirst(4).drop { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
        return (status, String(decoding: rest, as: UTF8.self))
    }
}
