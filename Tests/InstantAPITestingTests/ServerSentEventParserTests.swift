import InstantAPITesting
import Testing

@Suite("text/event-stream parsing")
struct ServerSentEventParserTests {
    @Test(arguments: [
        ("data: a\n\n", [ServerSentEvent(data: "a")]),
        ("data: a\ndata: b\n\n", [ServerSentEvent(data: "a\nb")]),
        ("event: @response\ndata: {\"x\":1}\n\n", [ServerSentEvent(event: "@response", data: "{\"x\":1}")]),
        (": comment\ndata:no-space\r\n\r\n", [ServerSentEvent(data: "no-space")]),
        ("data:  two spaces\r\r", [ServerSentEvent(data: " two spaces")]),
        ("id: 7\ndata: a\n\ndata: b\n\n", [ServerSentEvent(id: "7", data: "a"), ServerSentEvent(id: "7", data: "b")]),
        ("event: only\n\ndata: x\n\n", [ServerSentEvent(data: "x")]),
        ("data\n\n", [ServerSentEvent(data: "")]),
        ("data: unfinished\n", []),
        ("\u{FEFF}data: bom\n\n", [ServerSentEvent(data: "bom")]),
        ("retry: 10\nfoo: bar\ndata: kept\n\n", [ServerSentEvent(data: "kept")]),
        ("id: a\u{0}b\ndata: x\n\n", [ServerSentEvent(data: "x")]),
    ])
    func parses(stream: String, expected: [ServerSentEvent]) {
        #expect(ServerSentEventParser.parse(Array(stream.utf8)) == expected)
    }

    @Test func responseExposesEvents() {
        let response = GatewayTestResponse(
            status: .ok, headers: [.contentType: "text/event-stream"],
            body: Array("event: greeting\ndata: hi\n\n".utf8))
        #expect(response.events == [ServerSentEvent(event: "greeting", data: "hi")])
    }
}
