import HTTPTypes
import Hummingbird
import InstantAPICore

/// An error an endpoint closure throws to choose the HTTP status of its failure.
///
/// Statuses map as the original framework maps them (SPEC §2): 400 `BadRequestError`,
/// 401 `UnauthorizedError`, 402 `PaymentRequiredError`, 403 `ForbiddenError`, 404 `NotFoundError`,
/// 409 `ConflictError`, 429 `RateLimitError`; any other status is a 420 `RuntimeError`. Any
/// other `HTTPResponseError` (Hummingbird's `HTTPError(.forbidden)`) maps by its status the
/// same way; any other thrown error is a `RuntimeError`, unless its message starts with `NNN:`.
///
/// It is an `HTTPResponseError`, so thrown outside an endpoint (from your own middleware or
/// routes) Hummingbird answers it with its status and the gateway's error body.
public struct EndpointError: HTTPResponseError, Sendable, Hashable, CustomStringConvertible {
    /// The status the error asks for (mapped as described above).
    public var status: HTTPResponse.Status
    /// The message sent as `error.message`.
    public var message: String
    /// Sent as `error.details` for 400, 409, 429 and runtime errors.
    public var details: JSONValue?

    /// An error with any status.
    public init(status: HTTPResponse.Status, _ message: String, details: JSONValue? = nil) {
        self.status = status
        self.message = message
        self.details = details
    }

    /// 400 `BadRequestError`.
    public static func badRequest(_ message: String, details: JSONValue? = nil) -> EndpointError {
        EndpointError(status: .badRequest, message, details: details)
    }

    /// 401 `UnauthorizedError`.
    public static func unauthorized(_ message: String) -> EndpointError {
        EndpointError(status: .unauthorized, message)
    }

    /// 402 `PaymentRequiredError`.
    public static func paymentRequired(_ message: String) -> EndpointError {
        EndpointError(status: HTTPResponse.Status(code: 402, reasonPhrase: "Payment Required"), message)
    }

    /// 403 `ForbiddenError`.
    public static func forbidden(_ message: String) -> EndpointError {
        EndpointError(status: .forbidden, message)
    }

    /// 404 `NotFoundError`.
    public static func notFound(_ message: String) -> EndpointError {
        EndpointError(status: .notFound, message)
    }

    /// 409 `ConflictError`.
    public static func conflict(_ message: String, details: JSONValue? = nil) -> EndpointError {
        EndpointError(status: .conflict, message, details: details)
    }

    /// 429 `RateLimitError`.
    public static func rateLimited(_ message: String, details: JSONValue? = nil) -> EndpointError {
        EndpointError(status: .tooManyRequests, message, details: details)
    }

    public var description: String { "\(status.code): \(message)" }

    /// The gateway's error body (`{"error":{"type","message","details"?}}`, compact, no stack)
    /// with the status the type maps to, for an error thrown outside an endpoint.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let error = ThrownErrorMapper.map(self)
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(
            status: HummingbirdAdapter.status(error.status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: error.body(includeStack: false).jsonBytes())))
    }
}
