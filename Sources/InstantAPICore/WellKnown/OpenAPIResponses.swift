/// The `responses` of the OpenAPI document (SPEC §4, beyond upstream, which documents only the
/// success of non-`object.http` endpoints): what a result is sent as, and the gateway's error
/// responses, which every operation refers to in `components`.
enum OpenAPIResponses {
    /// One error response under `components.responses`.
    struct ErrorResponse {
        /// The status or range (`4XX`) it is documented under.
        var status: String
        /// Its name under `components.responses`.
        var name: String
        var description: String
        /// Whether the gateway sends it whatever the endpoint does (the others come from what
        /// the closure throws, which an `object.http` endpoint's `default` response covers).
        var fromGateway: Bool
    }

    /// The error statuses the gateway sends for a declared method (upstream-gateway §8; 501 is
    /// only for undeclared methods, and no status is 500).
    static let errors: [ErrorResponse] = [
        ErrorResponse(
            status: "400", name: "BadRequest",
            description:
                "The parameters could not be read (ParameterParseError) or are invalid (ParameterError), or the endpoint refused them (BadRequestError).",
            fromGateway: true),
        ErrorResponse(
            status: "403", name: "Forbidden",
            description:
                "The request's Origin may not call the endpoint (OriginError), a `_debug`, `_stream` or `_background` mode is not available (DebugError, ExecutionModeError), or the endpoint refused (ForbiddenError).",
            fromGateway: true),
        ErrorResponse(
            status: "404", name: "NotFound", description: "The endpoint found nothing (NotFoundError).", fromGateway: false),
        ErrorResponse(
            status: "413", name: "PayloadTooLarge", description: "The request body is larger than the gateway accepts (ClientError).",
            fromGateway: true),
        ErrorResponse(
            status: "420", name: "RuntimeError", description: "The endpoint failed (RuntimeError).", fromGateway: false),
        ErrorResponse(
            status: "4XX", name: "EndpointError",
            description:
                "Another error the endpoint throws: 401 UnauthorizedError, 402 PaymentRequiredError, 409 ConflictError, 429 RateLimitError.",
            fromGateway: false),
        ErrorResponse(
            status: "502", name: "ValueError", description: "The endpoint's result does not match its declared return type (ValueError).",
            fromGateway: true),
        ErrorResponse(
            status: "503", name: "ServiceUnavailable",
            description: "The gateway is at its limit of concurrent work or memory (ServiceUnavailableError); retry after `Retry-After` seconds.",
            fromGateway: true),
        ErrorResponse(
            status: "504", name: "TimeoutError", description: "The endpoint did not finish in time (TimeoutError).", fromGateway: true),
    ]

    /// The name of the shared error body schema under `components.schemas`.
    static let errorSchemaName = "Error"

    /// `components`: the error body schema and one response per error status.
    static func components() -> JSONValue {
        var responses = JSONObject()
        for error in errors {
            var response: JSONObject = [
                "description": .string(error.description),
                "content": ["application/json": ["schema": ["$ref": .string("#/components/schemas/" + errorSchemaName)]]],
            ]
            if error.status == "503" {
                response["headers"] = [
                    "Retry-After": ["description": "Seconds to wait before retrying.", "schema": ["type": "integer"]]
                ]
            }
            responses[error.name] = .object(response)
        }
        return ["schemas": [errorSchemaName: errorSchema], "responses": .object(responses)]
    }

    /// `{"error":{"type","message","details"?,"stack"?}}`, as `GatewayError` sends it.
    static let errorSchema: JSONValue = [
        "type": "object",
        "description": "The gateway's error body.",
        "properties": [
            "error": [
                "type": "object",
                "properties": [
                    "type": ["type": "string", "description": "The error type, e.g. `ParameterError`."],
                    "message": ["type": "string"],
                    "details": ["description": "More about the error, e.g. the invalid parameters."],
                    "stack": ["type": "string", "description": "Where the error was thrown (not in production)."],
                ],
                "required": ["type", "message"],
            ]
        ],
        "required": ["error"],
    ]

    /// A binary body: `format` for OpenAPI 3.0 tools, `contentMediaType` for 3.1 ones.
    static let binarySchema: JSONValue = ["type": "string", "format": "binary", "contentMediaType": "application/octet-stream"]

    /// Bytes of any type: `application/octet-stream` first (what generators read as bytes),
    /// then `*/*` with any schema, since an endpoint may set its own content type (`image/png`,
    /// or JSON for an `object.http` endpoint, which validators would read and check).
    static func binaryContent() -> JSONObject {
        ["application/octet-stream": ["schema": binarySchema], "*/*": ["schema": [:]]]
    }

    /// Every response of an operation returning `returns`: the success, then the errors.
    static func responses(for returns: Parameter) -> JSONValue {
        var responses = JSONObject()
        let isHTTP = returns.type == .objectHTTP
        if isHTTP {
            // The endpoint builds the response: any status, headers and body.
            responses["default"] = [
                "description": .string(returns.description.isEmpty ? "The response the endpoint builds" : returns.description),
                "content": .object(binaryContent()),
            ]
        } else {
            responses["200"] = [
                "description": .string(returns.description.isEmpty ? "Success" : returns.description),
                "content": .object(successContent(for: returns)),
            ]
        }
        for error in errors where error.fromGateway || !isHTTP {
            responses[error.status] = ["$ref": .string("#/components/responses/" + error.name)]
        }
        return .object(responses)
    }

    /// A top-level buffer result is sent as its bytes (`application/octet-stream` unless the
    /// endpoint sets a type), anything else as JSON; `any` may be either.
    static func successContent(for returns: Parameter) -> JSONObject {
        let types = [returns.type] + (returns.alternateTypes ?? []).map(\.type)
        let binary = types.contains { $0 == .buffer || $0 == .any }
        let json = returns.isNullable || types.contains { $0 != .buffer }
        var content = JSONObject()
        let jsonContent: JSONObject = ["schema": JSONSchemaBuilder.schema(for: returns)]
        if returns.type != .buffer, json { content["application/json"] = .object(jsonContent) }
        if binary { content.merge(binaryContent()) { current, _ in current } }
        if returns.type == .buffer, json { content["application/json"] = .object(jsonContent) }
        return content
    }
}
