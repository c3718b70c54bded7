import HTTPTypes
import InstantAPICore

/// What an endpoint closure returns, when it wants more than "encode this value as JSON".
///
/// Closures may also return any `Encodable` directly (see ``Gateway/register(_:method:handler:)-(_,_,(EndpointContext<Context>)->Result)``);
/// that is the same as returning `.json(value)`. Every result is checked against the
/// manifest's `@returns`; ``with(status:headers:)`` adds a status and headers to any of them.
public struct EndpointResponse: Sendable {
    enum Content: Sendable {
        /// A JSON value (sent as `application/json`; a top-level `{"_base64": …}` as bytes).
        case value(JSONValue)
        /// Raw bytes (a top-level buffer), with an optional content type.
        case buffer([UInt8], contentType: String?)
        /// An `object.http` value: any of status, headers and body.
        case http(statusCode: Int?, headers: [(String, String)]?, body: HTTPBody?)
        /// An encoding failure, reported as a RuntimeError when the response is built.
        case failure(any Error)
    }

    /// The body of an HTTP response value.
    public enum HTTPBody: Sendable {
        /// Text, sent as UTF-8 (`text/plain` unless a content type is given).
        case text(String)
        /// Bytes (`text/html` unless a content type is given, as the original).
        case bytes([UInt8])
    }

    let content: Content
    /// The status set by ``with(status:headers:)``.
    private(set) var status: HTTPResponse.Status?
    /// The headers set by ``with(status:headers:)``, lowercased, in order.
    private(set) var headers: [(String, String)] = []
    /// Set by generated code whose Swift types already guarantee `@returns`: the check is skipped.
    var skipsReturnCheck = false

    init(_ content: Content) {
        self.content = content
    }

    /// Any `Encodable` value as JSON (`Date` as an ISO 8601 string, `Data` as a buffer).
    public static func json(_ value: some Encodable) -> EndpointResponse {
        do {
            return EndpointResponse(.value(try JSONValueEncoder().encode(value)))
        } catch {
            return EndpointResponse(.failure(error))
        }
    }

    /// A JSON value as it is. A top-level mocked buffer (`{"_base64": …}` or `{"_bytes": […]}`)
    /// is sent as its bytes, `application/octet-stream`, as the original sends it.
    public static func value(_ value: JSONValue) -> EndpointResponse {
        EndpointResponse(.value(value))
    }

    /// A string, sent as a JSON string (as the original sends a returned string).
    public static func string(_ value: String) -> EndpointResponse {
        EndpointResponse(.value(.string(value)))
    }

    /// Raw bytes; `application/octet-stream` unless `contentType` is given.
    public static func buffer(_ bytes: [UInt8], contentType: String? = nil) -> EndpointResponse {
        EndpointResponse(.buffer(bytes, contentType: contentType))
    }

    /// An HTTP response value (the README's `object.http`): any non-empty subset of status,
    /// headers and body. The gateway's own headers are kept; header names are lowercased.
    public static func http(status: HTTPResponse.Status? = nil, headers: HTTPFields? = nil, body: HTTPBody? = nil)
        -> EndpointResponse
    {
        let fields = headers.map { fields in fields.map { ($0.name.canonicalName, $0.value) } }
        return EndpointResponse(.http(statusCode: status?.code, headers: fields, body: body))
    }

    /// An HTTP response value with a text body.
    public static func http(status: HTTPResponse.Status? = nil, headers: HTTPFields? = nil, body: String)
        -> EndpointResponse
    {
        .http(status: status, headers: headers, body: .text(body))
    }

    /// This result with a status and extra headers, as the original's
    /// `callback(null, value, {status, ...headers})`: the headers are merged into the gateway's
    /// (a `Content-Type` here wins over the default one), and the status replaces 200. An HTTP
    /// response value keeps its own `statusCode` and headers over these.
    public func with(status: HTTPResponse.Status? = nil, headers: HTTPFields = [:]) -> EndpointResponse {
        var response = self
        if let status { response.status = status }
        for field in headers { response.headers.append((field.name.canonicalName, field.value)) }
        return response
    }

    /// The value checked against `@returns`.
    var checkedValue: JSONValue? {
        switch content {
        case .value(let value): return value
        case .buffer(let bytes, _): return .buffer(bytes)
        case .http(let statusCode, let headers, let body):
            var object = JSONObject()
            if let statusCode { object["statusCode"] = .number(Double(statusCode)) }
            if let headers {
                var fields = JSONObject()
                for (name, value) in headers { fields[name] = .string(value) }
                object["headers"] = .object(fields)
            }
            switch body {
            case .text(let text): object["body"] = .string(text)
            case .bytes(let bytes): object["body"] = .buffer(bytes)
            case nil: break
            }
            return .object(object)
        case .failure: return nil
        }
    }
}
