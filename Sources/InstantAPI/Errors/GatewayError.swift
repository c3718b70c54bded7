import InstantAPICore

/// A request-time failure as the gateway sends it: one type with a kind table, rendered as
/// `{"error":{"type","message","details"?,"stack"?}}` (upstream-gateway §8).
struct GatewayError: Error, Sendable {
    /// The error types of the wire format and their statuses.
    enum Kind: String, Sendable {
        case clientError = "ClientError"
        case serverError = "ServerError"
        case notFoundError = "NotFoundError"
        case parameterParseError = "ParameterParseError"
        case parameterError = "ParameterError"
        case originError = "OriginError"
        case debugError = "DebugError"
        case executionModeError = "ExecutionModeError"
        case streamListenerError = "StreamListenerError"
        case badRequestError = "BadRequestError"
        case unauthorizedError = "UnauthorizedError"
        case paymentRequiredError = "PaymentRequiredError"
        case forbiddenError = "ForbiddenError"
        case conflictError = "ConflictError"
        case rateLimitError = "RateLimitError"
        case runtimeError = "RuntimeError"
        case timeoutError = "TimeoutError"
        case valueError = "ValueError"
        case invalidResponseHeaderError = "InvalidResponseHeaderError"
        case autoformatError = "AutoformatError"
        /// Beyond the original: a gateway limit on concurrent work or memory is reached.
        case serviceUnavailableError = "ServiceUnavailableError"

        /// The default status of the kind.
        var status: Int {
            switch self {
            case .clientError, .parameterParseError, .parameterError, .badRequestError, .streamListenerError: return 400
            case .serverError: return 501
            case .notFoundError: return 404
            case .originError, .forbiddenError, .debugError, .executionModeError: return 403
            case .unauthorizedError: return 401
            case .paymentRequiredError: return 402
            case .conflictError: return 409
            case .rateLimitError: return 429
            case .runtimeError: return 420
            case .timeoutError: return 504
            case .valueError, .invalidResponseHeaderError: return 502
            case .autoformatError: return 415
            case .serviceUnavailableError: return 503
            }
        }

        /// Whether the gateway's error handler hears about errors of this kind (upstream §8.4).
        var reachesErrorHandler: Bool {
            switch self {
            case .runtimeError, .timeoutError, .valueError, .invalidResponseHeaderError, .autoformatError: return true
            default: return false
            }
        }
    }

    var kind: Kind
    var status: Int
    var message: String
    var details: JSONValue?
    /// A trace, sent only outside production (`nil`: no `stack` key).
    var stack: String?

    init(_ kind: Kind, _ message: String, status: Int? = nil, details: JSONValue? = nil, stack: String? = nil) {
        self.kind = kind
        self.status = status ?? kind.status
        self.message = message
        self.details = details
        self.stack = stack
    }

    /// The JSON body; `includeStack` is false in production.
    func body(includeStack: Bool) -> JSONValue {
        .object(["error": errorObject(includeStack: includeStack)])
    }

    /// What the body's `error` holds: `type`, `message`, `details`, `stack`; an execution
    /// status keeps this.
    func errorObject(includeStack: Bool = false) -> JSONValue {
        var error: JSONObject = ["type": .string(kind.rawValue), "message": .string(message)]
        if let details { error["details"] = details }
        if includeStack, let stack { error["stack"] = .string(stack) }
        return .object(error)
    }
}
