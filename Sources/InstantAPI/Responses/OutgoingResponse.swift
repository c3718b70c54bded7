import Hummingbird
import InstantAPICore

/// A response body: bytes in memory, or chunks written after the head is sent.
enum OutgoingBody: Sendable {
    /// A complete body; an empty one is sent without `Content-Length`.
    case bytes([UInt8])
    /// A body written piece by piece (SSE, large static files). Its writer sees a throw when
    /// the client goes away; it sets `Content-Length` itself when it knows the length.
    case streamed(ResponseBody)
}

/// A response as the gateway decides it, before it is written by the HTTP server.
struct OutgoingResponse: Sendable {
    var status: Int
    /// The request-specific headers; the gateway's CORS block is added by `finalize`.
    var headers: HeaderBag
    var body: OutgoingBody
    /// The content type to add after the gateway headers when `headers` has none.
    var defaultContentType: String?
    /// Whether `Accept-Encoding` may compress the body (the original's redirect is never compressed).
    var compressible = true
    /// Whether the connection is closed once the response is sent, without reading the rest of
    /// the request body (413 and DELETE with a body, as the original destroys the socket).
    var closesConnection = false

    init(status: Int, headers: HeaderBag = HeaderBag(), body: [UInt8] = [], defaultContentType: String? = nil) {
        self.init(status: status, headers: headers, body: .bytes(body), defaultContentType: defaultContentType)
    }

    init(status: Int, headers: HeaderBag, body: OutgoingBody, defaultContentType: String? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.defaultContentType = defaultContentType
    }

    /// The body when it is held in memory.
    var bytes: [UInt8]? {
        if case .bytes(let bytes) = body { return bytes }
        return nil
    }

    /// Adds the gateway headers, then the default content type, in the original's order.
    mutating func finalize(requestedHeaders: String?) {
        headers.addGatewayHeaders(requestedHeaders: requestedHeaders)
        if let defaultContentType { headers.setDefault("content-type", defaultContentType) }
    }
}

/// Builds responses with the environment's settings: pretty JSON in development, stacks
/// everywhere but production.
struct ResponseFactory: Sendable {
    let prettyJSON: Bool
    let includeStack: Bool

    init(environment: GatewayConfiguration.Environment) {
        prettyJSON = environment.isDevelopment
        includeStack = !environment.isProduction
    }

    /// A JSON body with `application/json` after the gateway headers.
    func json(_ value: JSONValue, status: Int = 200, headers: HeaderBag = HeaderBag()) -> OutgoingResponse {
        OutgoingResponse(
            status: status, headers: headers, body: value.jsonBytes(pretty: prettyJSON),
            defaultContentType: "application/json")
    }

    /// The error body `{"error":{…}}`.
    func error(_ error: GatewayError, headers: HeaderBag = HeaderBag()) -> OutgoingResponse {
        json(error.body(includeStack: includeStack), status: error.status, headers: headers)
    }

    /// A body whose content type the caller set: JSON is re-indented in development when the
    /// content type is exactly `application/json` (as the original).
    func formatted(_ body: [UInt8], contentType: String?) -> [UInt8] {
        guard prettyJSON, contentType == "application/json", !body.isEmpty,
            let value = try? JSONValue.parse(bytes: body)
        else { return body }
        return value.jsonBytes(pretty: true)
    }

    /// The 302 trailing-slash redirect (upstream-gateway §3.5).
    func redirect(location: String, host: String) -> OutgoingResponse {
        var headers = HeaderBag()
        headers.set("location", location)
        headers.set("content-type", "text/plain")
        var response = OutgoingResponse(
            status: 302, headers: headers, body: Array("You are being redirected to: \(host)\(location)\n".utf8))
        response.compressible = false
        return response
    }
}
