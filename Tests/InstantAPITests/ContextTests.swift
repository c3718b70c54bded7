import Foundation
import InstantAPI
import InstantAPICore
import Testing

@Suite("Endpoint context and return values")
struct ContextTests {
    @Test func contextFields() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(
                port: port, "POST", "/context/?q=1",
                headers: [("Content-Type", "application/json"), ("X-Test", "yes"), ("X-Forwarded-For", " 1.2.3.4 , 5.6.7.8")],
                body: Array("{\"a\":[1,2]}".utf8))
            let uuid = try #require(response.header("X-Execution-Uuid"))
            #expect(
                response.bodyText == """
                    {
                      "name": "context",
                      "alias": "context",
                      "path": [
                        "context"
                      ],
                      "remoteAddress": "1.2.3.4",
                      "uuid": "\(uuid)",
                      "url": "/context/?q=1",
                      "method": "POST",
                      "test": "yes",
                      "json": {
                        "a": [
                          1,
                          2
                        ]
                      },
                      "when": "1970-01-01T00:00:00.000Z"
                    }
                    """)
            let direct = try await RawHTTPClient.request(port: port, "GET", "/context/")
            #expect(direct.bodyText.contains("\"remoteAddress\": \"127.0.0.1\""))
            #expect(!direct.bodyText.contains("\"json\""))
        }
    }

    @Test func httpValuesUnderAnyReturn() async throws {
        try await withBasicGateway { port in
            let created = try await RawHTTPClient.request(port: port, "GET", "/http_any/?status=201")
            #expect(created.statusLine == "HTTP/1.1 201 Created")
            #expect(created.header("X-Execution-Uuid") != nil)
            #expect(created.bodyText == "x")
            let invalid = try await RawHTTPClient.request(port: port, "GET", "/http_any/?status=42")
            #expect(invalid.statusLine == "HTTP/1.1 502 Bad Gateway")
            #expect(invalid.bodyText.contains("Property \\\"statusCode\\\" must be an integer and between 100 and 599."))
        }
    }
}
