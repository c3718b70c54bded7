import Foundation
import InstantAPI
import Testing

@Suite("Response values, headers and CORS")
struct ResponseTests {
    @Test func httpValueMergesHeadersInOrder() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/http/?kind=created")
            #expect(response.statusLine == "HTTP/1.1 201 Created")
            let lines = response.headerLines()
            #expect(lines.first?.hasPrefix("X-Execution-Uuid: ") == true)
            #expect(lines.first != "X-Execution-Uuid: mine")
            #expect(
                Array(lines.dropFirst()) == ["X-Custom: c", "Content-Type: text/plain"] + corsBlock + [
                    "Access-Control-Expose-Headers: x-execution-uuid, x-custom, content-type, x-instant-api, access-control-allow-origin, access-control-allow-methods, access-control-allow-headers",
                    "Content-Length: 7",
                ])
            #expect(response.bodyText == "created")
        }
    }

    @Test func httpValueBodiesAndJSON() async throws {
        try await withBasicGateway { port in
            let bytes = try await RawHTTPClient.request(port: port, "GET", "/http/?kind=bytes")
            #expect(bytes.header("Content-Type") == "text/html")
            #expect(bytes.bodyText == "fix")
            let json = try await RawHTTPClient.request(port: port, "GET", "/http/?kind=json")
            #expect(json.bodyText == "{\n  \"a\": 1\n}")
            let empty = try await RawHTTPClient.request(port: port, "GET", "/http/?kind=empty")
            #expect(empty.statusLine == "HTTP/1.1 502 Bad Gateway")
            #expect(empty.bodyText.contains("\"type\": \"ValueError\""))
        }
    }

    @Test func invalidResponseHeaders() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/http/?kind=bad_headers")
            #expect(response.statusLine == "HTTP/1.1 502 Bad Gateway")
            let lines = response.headerLines()
            #expect(Array(lines.dropFirst().prefix(2)) == ["Good-Header-Name: good value", "Content-Type: application/json"])
            #expect(
                response.bodyText == """
                    {
                      "error": {
                        "type": "InvalidResponseHeaderError",
                        "message": "Your service returned invalid response headers",
                        "details": {
                          "x authorization key": {
                            "message": "Response header name \\"x authorization key\\" may not contain space characters",
                            "invalid": true
                          },
                          "weird!": {
                            "message": "Response header name \\"weird!\\" must only contain alphanumeric values, - and _",
                            "invalid": true
                          }
                        }
                      }
                    }
                    """)
        }
    }

    @Test func bufferWithContentType() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/buffer/")
            #expect(Array(response.headerLines().dropFirst()) == corsBlock + [exposeWithUUID, "Content-Type: image/png", "Content-Length: 3"])
            #expect(response.bodyText == "lol")
        }
    }

    @Test func originIsCheckedAndEchoed() async throws {
        try await withBasicGateway { port in
            let refused = try await RawHTTPClient.request(port: port, "GET", "/origin/", headers: [("Origin", "http://hello.com")])
            #expect(refused.statusLine == "HTTP/1.1 403 Forbidden")
            let lines = refused.headerLines()
            #expect(lines.dropFirst().first == "Access-Control-Allow-Origin: !")
            #expect(refused.bodyText.contains("Provided origin \\\"http://hello.com\\\" can not access this resource"))
            let absent = try await RawHTTPClient.request(port: port, "GET", "/origin/")
            #expect(absent.bodyText.contains("Provided origin \\\"undefined\\\" can not access this resource"))
            let allowed = try await RawHTTPClient.request(port: port, "GET", "/origin/", headers: [("Origin", "https://hello.com")])
            #expect(allowed.statusLine == "HTTP/1.1 200 OK")
            #expect(allowed.headerLines().dropFirst().first == "Access-Control-Allow-Origin: https://hello.com")
            #expect(
                allowed.header("Access-Control-Expose-Headers")
                    == "x-execution-uuid, access-control-allow-origin, x-instant-api, access-control-allow-methods, access-control-allow-headers"
            )
            #expect(allowed.bodyText == "true")
        }
    }
}
