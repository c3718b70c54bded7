import Foundation
import InstantAPI
import Testing

@Suite("Routing over HTTP")
struct RoutingTests {
    @Test func notFoundHasExactWireFormat() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/DOES_NOT_EXIST")
            #expect(response.statusLine == "HTTP/1.1 404 Not Found")
            #expect(
                response.headerLines()
                    == corsBlock + [exposeWithoutUUID, "Content-Type: application/json", "Content-Length: 95"])
            #expect(
                response.bodyText
                    == "{\n  \"error\": {\n    \"type\": \"NotFoundError\",\n    \"message\": \"\\\"DOES_NOT_EXIST\\\" Not Found\"\n  }\n}"
            )
        }
    }

    @Test func successHeadersAndBody() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/my_function/?a=1&b=2&c=3")
            #expect(response.statusLine == "HTTP/1.1 200 OK")
            let lines = response.headerLines()
            #expect(lines.first?.hasPrefix("X-Execution-Uuid: ") == true)
            #expect(Array(lines.dropFirst()) == corsBlock + [exposeWithUUID, "Content-Type: application/json", "Content-Length: 1"])
            #expect(response.bodyText == "6")
        }
    }

    @Test func rootAndDefaults() async throws {
        try await withBasicGateway { port in
            let check1 = try await RawHTTPClient.request(port: port, "GET", "/")
            #expect(check1.bodyText == "\"root\"")
            let check2 = try await RawHTTPClient.request(port: port, "GET", "/my_function/")
            #expect(check2.bodyText == "6")
        }
    }

    @Test func unsupportedMethodIs501() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(port: port, "PATCH", "/my_function/")
            #expect(response.statusLine == "HTTP/1.1 501 Not Implemented")
            #expect(
                response.bodyText
                    == "{\n  \"error\": {\n    \"type\": \"ServerError\",\n    \"message\": \"HTTP Method \\\"PATCH\\\" Not Implemented\"\n  }\n}"
            )
        }
    }

    @Test func missingNamedMethodIs501() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(
                port: port, "PUT", "/esm/missing_method/", headers: [("Content-Type", "application/json")],
                body: Array("{\"str\":\"a\"}".utf8))
            #expect(response.statusLine == "HTTP/1.1 501 Not Implemented")
            #expect(response.bodyText.contains("\"message\": \"\\\"esm/missing_method\\\": PUT Not Implemented\""))
            let get = try await RawHTTPClient.request(port: port, "GET", "/esm/missing_method/?str=hi")
            #expect(get.bodyText == "\"hi\"")
        }
    }

    @Test func trailingSlashRedirect() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(
                port: port, "GET", "/my_function?a=1", headers: [("User-Agent", "testing")])
            #expect(response.statusLine == "HTTP/1.1 302 Found")
            #expect(
                response.headerLines() == [
                    "Location: /my_function/?a=1", "Content-Type: text/plain",
                ] + corsBlock + [
                    "Access-Control-Expose-Headers: location, content-type, x-instant-api, access-control-allow-origin, access-control-allow-methods, access-control-allow-headers, x-execution-uuid",
                    "Content-Length: \("You are being redirected to: localhost:\(port)/my_function/?a=1\n".utf8.count)",
                ])
            #expect(response.bodyText == "You are being redirected to: localhost:\(port)/my_function/?a=1\n")
            // No redirect without a user agent, for POST, or for unknown routes.
            let check3 = try await RawHTTPClient.request(port: port, "GET", "/my_function")
            #expect(check3.statusLine == "HTTP/1.1 200 OK")
            let missing = try await RawHTTPClient.request(port: port, "GET", "/nope", headers: [("User-Agent", "t")])
            #expect(missing.statusLine == "HTTP/1.1 404 Not Found")
        }
    }

    @Test func optionsAndHeadAnswerWithCORSOnly() async throws {
        try await withBasicGateway { port in
            let options = try await RawHTTPClient.request(
                port: port, "OPTIONS", "/nope/", headers: [("Access-Control-Request-Headers", "X-Foo, Content-Type")])
            #expect(options.statusLine == "HTTP/1.1 200 OK")
            let lines = options.headerLines(excluding: ["date", "connection", "transfer-encoding", "content-length"])
            #expect(
                lines == [
                    "X-Instant-Api: true", "Access-Control-Allow-Origin: *",
                    "Access-Control-Allow-Methods: GET, POST, OPTIONS, HEAD, PUT, DELETE",
                    "Access-Control-Allow-Headers: X-Foo, Content-Type", exposeWithoutUUID,
                ])
            #expect(options.body.isEmpty)
            let head = try await RawHTTPClient.request(port: port, "HEAD", "/my_function")
            #expect(head.statusLine == "HTTP/1.1 200 OK")
            #expect(head.header("X-Execution-Uuid") == nil)
        }
    }

    @Test func notFoundHandlerWalk() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/test/a/b/c/")
            #expect(response.statusLine == "HTTP/1.1 200 OK")
            #expect(
                response.bodyText
                    == "{\n  \"name\": \"test:notfound\",\n  \"alias\": \"test/a/b/c\",\n  \"path\": [\n    \"test\",\n    \"a\",\n    \"b\",\n    \"c\"\n  ]\n}"
            )
        }
    }
}
