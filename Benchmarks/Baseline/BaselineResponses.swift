import Foundation
import HTTPTypes
import Hummingbird
import InstantAPICore

/// The gateway's response framing written by hand: the same header names, values and order
/// (execution id, X-Instant-Api, the CORS block, Content-Type) and the same JSON bytes.
struct BaselineResponses: Sendable {
    let pretty: Bool

    static let exposeHeaders =
        "x-execution-uuid, x-instant-api, access-control-allow-origin, access-control-allow-methods, access-control-allow-headers"

    /// The gateway header block of one execution.
    func headers(uuid: String, requestedHeaders: String?, contentType: String) -> HTTPFields {
        var fields = HTTPFields()
        fields.reserveCapacity(8)
        fields.append(HTTPField(name: Self.executionUUID, value: uuid))
        fields.append(HTTPField(name: Self.instantAPI, value: "true"))
        fields.append(HTTPField(name: .accessControlAllowOrigin, value: "*"))
        fields.append(HTTPField(name: .accessControlAllowMethods, value: "GET, POST, OPTIONS, HEAD, PUT, DELETE"))
        fields.append(HTTPField(name: .accessControlAllowHeaders, value: requestedHeaders ?? ""))
        fields.append(HTTPField(name: .accessControlExposeHeaders, value: Self.exposeHeaders))
        fields.append(HTTPField(name: .contentType, value: contentType))
        return fields
    }

    /// A JSON response with the gateway headers.
    func json(_ value: JSONValue, status: HTTPResponse.Status = .ok, request: Request) -> Response {
        let uuid = BaselineExecutionID.make()
        let fields = headers(
            uuid: uuid, requestedHeaders: request.headers[.accessControlRequestHeaders],
            contentType: "application/json")
        let bytes = value.jsonBytes(pretty: pretty)
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// A 400 ParameterError in the gateway's error shape.
    func parameterError(_ message: String, request: Request) -> Response {
        let body: JSONValue = ["error": ["type": "ParameterError", "message": .string(message)]]
        return json(body, status: .badRequest, request: request)
    }

    // The names' spellings on the wire, as the gateway writes them.
    static let executionUUID = HTTPField.Name("X-Execution-Uuid") ?? .contentType
    static let instantAPI = HTTPField.Name("X-Instant-Api") ?? .contentType
}
