import HTTPTypes
import InstantAPI

/// A response as a gateway test sees it: status, headers in wire order and casing, body bytes.
public struct GatewayTestResponse: Sendable {
    /// The status, e.g. `.ok`; its reason phrase as sent (`unknown` for 420, as the original).
    public var status: HTTPResponse.Status
    /// The header fields in the order the gateway wrote them, names as written
    /// (`X-Execution-Uuid`, see `HTTPField.Name.rawName`). Live responses include the server's
    /// `Date`; in-process ones do not.
    public var headers: HTTPFields
    /// The body bytes (de-chunked for live responses; never decompressed).
    public var body: [UInt8]
    /// Whether the server ends the connection after this response (413, DELETE with a body).
    public var closesConnection: Bool

    public init(status: HTTPResponse.Status, headers: HTTPFields, body: [UInt8], closesConnection: Bool = false) {
        self.status = status
        self.headers = headers
        self.body = body
        self.closesConnection = closesConnection
    }

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The body parsed as JSON (key order kept); throws `JSONParseError` when it is not JSON.
    public var json: JSONValue {
        get throws { try JSONValue.parse(bytes: body) }
    }

    /// The body parsed as a `text/event-stream`.
    public var events: [ServerSentEvent] { ServerSentEventParser.parse(body) }
}
