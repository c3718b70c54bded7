import InstantAPI

/// A response as a gateway test sees it: status, headers in wire order and casing, body bytes.
public struct GatewayTestResponse: Sendable {
    /// The status code, e.g. `200`.
    public var status: Int
    /// The reason phrase, e.g. `OK` (`unknown` for 420, as the original).
    public var reasonPhrase: String
    /// Header lines in the order the gateway wrote them, names as written (`X-Execution-Uuid`).
    /// Live responses include the server's `Date`; in-process ones do not.
    public var headers: [(name: String, value: String)]
    /// The body bytes (de-chunked for live responses; never decompressed).
    public var body: [UInt8]
    /// Whether the server ends the connection after this response (413, DELETE with a body).
    public var closesConnection: Bool

    public init(
        status: Int, reasonPhrase: String, headers: [(name: String, value: String)], body: [UInt8],
        closesConnection: Bool = false
    ) {
        self.status = status
        self.reasonPhrase = reasonPhrase
        self.headers = headers
        self.body = body
        self.closesConnection = closesConnection
    }

    /// The first value of a header, compared case-insensitively.
    public func header(_ name: String) -> String? {
        let lowercased = name.lowercased()
        return headers.first { $0.name.lowercased() == lowercased }?.value
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
