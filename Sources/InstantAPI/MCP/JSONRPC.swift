import InstantAPICore

/// JSON-RPC 2.0 messages as the original MCP endpoint checks and answers them
/// (upstream-gateway §14).
enum JSONRPC {
    /// The codes of `model_context_protocol.js`, and those MCP 2026-07-28 adds.
    enum Code: Int {
        case parseError = -32700
        case invalidRequest = -32600
        case methodNotFound = -32601
        case invalidParams = -32602
        case internalError = -32603
        case resourceNotFound = -32002
        /// MCP 2026-07-28: the request's headers do not match its body.
        case headerMismatch = -32020
        /// MCP: a protocol revision the server does not speak; `data` lists those it does.
        case unsupportedProtocolVersion = -32022
    }

    /// A failed call: its code, message and optional `data`.
    struct Failure: Error, Sendable {
        var code: Code
        var message: String
        var data: JSONValue?

        init(_ code: Code, _ message: String, data: JSONValue? = nil) {
            self.code = code
            self.message = message
            self.data = data
        }

        /// The HTTP status of a reply carrying only this error where the revision maps
        /// errors to statuses (2026-07-28, and transport-level errors of every revision).
        var httpStatus: Int {
            switch code {
            case .methodNotFound: 404
            case .internalError: 200
            default: 400
            }
        }
    }

    /// A request that passed validation.
    struct Request: Sendable {
        var id: JSONValue
        var method: String
        var params: JSONObject
    }

    /// `{"jsonrpc":"2.0","id":…,"result":…}`.
    static func result(_ value: JSONValue, id: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "id": id, "result": value]
    }

    /// `{"jsonrpc":"2.0","id":…,"error":{"code":…,"message":…}}`.
    static func error(_ failure: Failure, id: JSONValue) -> JSONValue {
        var error: JSONObject = ["code": .number(Double(failure.code.rawValue)), "message": .string(failure.message)]
        if let data = failure.data { error["data"] = data }
        return ["jsonrpc": "2.0", "id": id, "error": .object(error)]
    }

    /// Whether a message is a notification (a string `method`, no `id`) or a response (an
    /// `id` with a `result` or an `error`): neither gets a reply.
    static func isNotificationOrResponse(_ message: JSONValue) -> Bool {
        guard case .object(let fields) = message else { return false }
        if case .string? = fields["method"], fields["id"] == nil { return true }
        return fields["id"] != nil && (fields["result"] != nil || fields["error"] != nil)
    }

    /// A message's `id` when it is a valid one (string or number), else `null`: the id an
    /// error about the message is sent with.
    static func id(of message: JSONValue) -> JSONValue {
        switch message["id"] {
        case let id?: if case .string = id { id } else if case .number = id { id } else { .null }
        case nil: .null
        }
    }

    /// An invalid request: the error and the id to answer with (the request's when valid,
    /// else `null`).
    struct Rejection: Error, Sendable {
        var failure: Failure
        var id: JSONValue

        init(_ failure: Failure, _ id: JSONValue) {
            self.failure = failure
            self.id = id
        }
    }

    /// The request, or why it is rejected.
    static func validate(_ message: JSONValue) -> Result<Request, Rejection> {
        guard case .object(let fields) = message else {
            return .failure(Rejection(Failure(.invalidRequest, "Invalid request: expecting an object"), .null))
        }
        let id: JSONValue
        var idIsValid = true
        switch fields["id"] {
        case nil, .null?: id = .null
        case .string?, .number?: id = fields["id"] ?? .null
        default:
            id = .null
            idIsValid = false
        }
        guard fields["jsonrpc"] == "2.0" else {
            return .failure(Rejection(Failure(.invalidRequest, "Invalid request: invalid \"jsonrpc\" version, must be \"2.0\""), id))
        }
        guard idIsValid else {
            return .failure(Rejection(Failure(.invalidRequest, "Invalid request: invalid \"id\", must be a string, number, or null"), id))
        }
        guard case .string(let method)? = fields["method"], !method.isEmpty else {
            return .failure(Rejection(Failure(.invalidRequest, "Invalid request: invalid \"method\", must be a non-empty string"), id))
        }
        var params = JSONObject()
        if let raw = fields["params"] {
            guard case .object(let object) = raw else {
                return .failure(Rejection(Failure(.invalidRequest, "Invalid request: invalid \"params\", must be an object, received: \(raw.jsonString())"), id))
            }
            params = object
        }
        return .success(Request(id: id, method: method, params: params))
    }
}
