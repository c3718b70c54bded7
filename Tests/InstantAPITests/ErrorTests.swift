import Foundation
import InstantAPI
import Testing

@Suite("Thrown errors, timeouts and value errors")
struct ErrorTests {
    private func thrown(_ port: Int, _ kind: String) async throws -> RawResponse {
        try await RawHTTPClient.request(port: port, "GET", "/runtime/thrown/?kind=\(kind)")
    }

    @Test func badRequestKeepsDetailsAndStack() async throws {
        try await withBasicGateway { port in
            let response = try await thrown(port, "400")
            #expect(response.statusLine == "HTTP/1.1 400 Bad Request")
            #expect(response.header("X-Execution-Uuid") != nil)
            #expect(
                response.bodyText == """
                    {
                      "error": {
                        "type": "BadRequestError",
                        "message": "bad",
                        "details": {
                          "x": 1
                        },
                        "stack": "EndpointError: bad"
                      }
                    }
                    """)
        }
    }

    @Test func statusPrefixesMap() async throws {
        try await withBasicGateway { port in
            let notFound = try await thrown(port, "404")
            #expect(notFound.statusLine == "HTTP/1.1 404 Not Found")
            #expect(notFound.bodyText.contains("\"type\": \"NotFoundError\",\n    \"message\": \"string thrown\""))
            #expect(notFound.bodyText.contains("\"stack\": \"PlainFailure: 404: string thrown\""))
            let teapot = try await thrown(port, "418")
            #expect(teapot.statusLine == "HTTP/1.1 420 unknown")
            #expect(teapot.bodyText.contains("\"type\": \"RuntimeError\",\n    \"message\": \"teapot\""))
            let limited = try await thrown(port, "429")
            #expect(limited.statusLine == "HTTP/1.1 429 Too Many Requests")
            #expect(limited.bodyText == "{\n  \"error\": {\n    \"type\": \"RateLimitError\",\n    \"message\": \"slow down\"\n  }\n}")
            let unavailable = try await thrown(port, "503")
            #expect(unavailable.statusLine == "HTTP/1.1 420 unknown")
            let plain = try await thrown(port, "other")
            #expect(plain.bodyText.contains("\"message\": \"crap\""))
        }
    }

    @Test func productionIsCompactWithoutStack() async throws {
        let configuration = GatewayConfiguration(environment: .production)
        try await withBasicGateway(configuration) { port in
            let response = try await thrown(port, "other")
            #expect(response.bodyText == "{\"error\":{\"type\":\"RuntimeError\",\"message\":\"crap\"}}")
            let missing = try await RawHTTPClient.request(port: port, "GET", "/DOES_NOT_EXIST/")
            #expect(missing.bodyText == "{\"error\":{\"type\":\"NotFoundError\",\"message\":\"\\\"DOES_NOT_EXIST\\\" Not Found\"}}")
            #expect(missing.header("Content-Length") == "75")
        }
    }

    @Test func timeoutIs504AndReachesErrorHandler() async throws {
        let errors = ErrorLog()
        let configuration = GatewayConfiguration(timeout: .milliseconds(200))
        try await withBasicGateway(configuration, errors: errors) { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/runtime/slow/")
            #expect(response.statusLine == "HTTP/1.1 504 Gateway Timeout")
            #expect(
                response.bodyText
                    == "{\n  \"error\": {\n    \"type\": \"TimeoutError\",\n    \"message\": \"Timeout Error (200ms): Timeout of 200ms exceeded.\"\n  }\n}"
            )
            _ = try await thrown(port, "400")
            _ = try await thrown(port, "other")
        }
        #expect(errors.all == ["TimeoutError", "RuntimeError"])
    }

    @Test func valueErrorIs502() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/returns_bad/")
            #expect(response.statusLine == "HTTP/1.1 502 Bad Gateway")
            #expect(response.header("X-Execution-Uuid") != nil)
            #expect(response.bodyText.contains("\"type\": \"ValueError\""))
            #expect(
                response.bodyText.contains(
                    "\"message\": \"invalid return value: \\\"hello value\\\" (string), expected (number)\""))
        }
    }
}
