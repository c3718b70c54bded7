import InstantAPICore

/// An error an endpoint closure throws to choose the HTTP status of its failure.
///
/// Statuses map as the original framework maps them (SPEC §2): 400 `BadRequestError`,
/// 401 `UnauthorizedError`, 402 `PaymentRequiredError`, 403 `ForbiddenError`, 404 `NotFoundError`,
/// 409 `ConflictError`, 429 `RateLimitError`; any other status is a 420 `RuntimeError`.
/// Any other thrown error is a `RuntimeError` too, unless its message starts with `NNN:`.
public struct EndpointError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The status the error asks for (mapped as described above).
    public var status: Int
    /// The message sent as `error.message`.
    public var message: String
    /// Sent as `error.details` for 400, 409, 429 and runtime errors.
    public var details: JSONValue?

    /// An error with any status.
    public init(status: Int, _ message: String, details: JSONValue? = nil) {
        self.status = status
        self.message = message
        self.details = details
    }

    /// 400 `BadRequestError`.
    public static func badRequest(_ message: String, details: JSONValue? = nil) -> EndpointError {
        EndpointError(status: 400, message, details: details)
    }

    /// 401 `UnauthorizedError`.
    public static func unauthorized(_ message: String) -> EndpointError {
        EndpointError(status: 401, message)
    }

    /// 402 `PaymentRequiredError`.
    public static func paymentRequired(_ message: String) -> EndpointError {
        EndpointError(status: 402, message)
    }

    /// 403 `ForbiddenError`.
    public static func forbidden(_ message: String) -> EndpointError {
        EndpointError(status: 403, message)
    }

    /// 404 `NotFoundError`.
    public static func notFound(_ message: String) -> EndpointError {
        EndpointError(status: 404, message)
    }

    /// 409 `ConflictError`.
    public static func conflict(_ message: String, details: JSONValue? = nil) -> EndpointError {
        EndpointError(status: 409, message, details: details)
    }

    /// 429 `RateLimitError`.
    public static func rateLimited(_ message: String, details: JSONValue? = nil) -> EndpointError {
        EndpointError(status: 429, message, details: details)
    }

    public var description: String { "\(status): \(message)" }
}
