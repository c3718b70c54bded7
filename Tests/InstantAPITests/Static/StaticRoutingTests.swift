import Foundation
import InstantAPI
import Testing

@Suite("Static www/ routes")
struct StaticRoutingTests {
    @Test func htmlFileWithExactHeaders() async throws {
        try await withStaticGateway { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/page.html", headers: [("User-Agent", "t")])
            #expect(response.statusLine == "HTTP/1.1 200 OK")
            #expect(response.maskedLines == staticOK("text/html; charset=utf-8", 21))
            #expect(response.bodyText == "this is an html file\n")
            let uuid = try #require(response.header("X-Execution-Uuid"))
            #expect(uuid.count == 36)
        }
    }

    @Test func htmlAlsoWithoutSuffix() async throws {
        try await withStaticGateway { port in
            let bare = try await RawHTTPClient.request(port: port, "GET", "/page")
            #expect(bare.statusLine == "HTTP/1.1 200 OK")
            #expect(bare.bodyText == "this is an html file\n")
            let slash = try await RawHTTPClient.request(port: port, "GET", "/page/")
            #expect(slash.bodyText == "this is an html file\n")
            let redirect = try await RawHTTPClient.request(port: port, "GET", "/page", headers: [("User-Agent", "t")])
            #expect(redirect.statusLine == "HTTP/1.1 302 Found")
            #expect(redirect.header("Location") == "/page/")
        }
    }

    @Test func contentTypesByExtension() async throws {
        try await withStaticGateway { port in
            let cases: [(String, String, String)] = [
                ("/plain.txt", "text/plain; charset=utf-8", "plain text\n"),
                ("/data.json", "application/json", "{\"a\":1}\n"),
                ("/app.js", "application/javascript", "console.log(1);\n"),
                ("/unknown.xyz", "application/octet-stream", "mystery"),
            ]
            for (path, type, body) in cases {
                let response = try await RawHTTPClient.request(port: port, "GET", path)
                #expect(response.statusLine == "HTTP/1.1 200 OK")
                #expect(response.maskedLines == staticOK(type, body.utf8.count), "\(path)")
                #expect(response.bodyText == body, "\(path): static JSON is never re-indented")
            }
        }
    }

    @Test func binaryFileIsByteExact() async throws {
        try await withStaticGateway { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/pixel.png")
            let expected: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<24).map { UInt8($0) }
            #expect(response.maskedLines == staticOK("image/png", 32))
            #expect(response.body == expected)
        }
    }

    @Test func emptyFile() async throws {
        try await withStaticGateway { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/empty.txt")
            #expect(response.statusLine == "HTTP/1.1 200 OK")
            #expect(response.maskedLines == staticOK("text/plain; charset=utf-8", 0))
            #expect(response.body.isEmpty)
        }
    }

    @Test func directoryIndexes() async throws {
        try await withStaticGateway { port in
            #expect(try await RawHTTPClient.request(port: port, "GET", "/").bodyText == "<h1>home</h1>\n")
            #expect(try await RawHTTPClient.request(port: port, "GET", "/index.html").bodyText == "<h1>home</h1>\n")
            let docs = try await RawHTTPClient.request(port: port, "GET", "/docs/")
            #expect(docs.maskedLines == staticOK("text/html; charset=utf-8", 11))
            #expect(docs.bodyText == "docs index\n")
            #expect(try await RawHTTPClient.request(port: port, "GET", "/docs/index.htm").bodyText == "docs index\n")
            let nested = try await RawHTTPClient.request(port: port, "GET", "/docs/deep/nested/file.txt")
            #expect(nested.bodyText == "deep file\n")
            let mixed = try await RawHTTPClient.request(port: port, "GET", "/mixed/")
            #expect(mixed.bodyText == "mixed html\n", "index.html wins over index.md")
            let redirect = try await RawHTTPClient.request(port: port, "GET", "/docs", headers: [("User-Agent", "x")])
            #expect(redirect.statusLine == "HTTP/1.1 302 Found")
            #expect(redirect.bodyText == "You are being redirected to: localhost:\(port)/docs/\n")
        }
    }

    @Test func notFoundPageForItsDirectoryAndBelow() async throws {
        try await withStaticGateway { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/error/path/to/nope.txt")
            #expect(response.statusLine == "HTTP/1.1 404 Not Found")
            #expect(
                response.maskedLines
                    == ["X-Execution-Uuid: *", "Content-Type: text/html; charset=utf-8", "Content-Length: 10"]
                    + staticTail(["x-execution-uuid", "content-type", "content-length"]))
            #expect(response.bodyText == "error 404\n")
            let real = try await RawHTTPClient.request(port: port, "GET", "/error/path/real.txt")
            #expect(real.statusLine == "HTTP/1.1 200 OK")
            let file = try await RawHTTPClient.request(port: port, "GET", "/error/404.html")
            #expect(file.statusLine == "HTTP/1.1 404 Not Found", "404.html has no file route of its own")
            #expect(file.bodyText == "error 404\n")
            let outside = try await RawHTTPClient.request(port: port, "GET", "/nope.txt")
            #expect(outside.header("Content-Type") == "application/json")
            #expect(outside.bodyText.contains("\"\\\"nope.txt\\\" Not Found\""))
        }
    }

    @Test func ignoredFilesAreNotServed() async throws {
        try await withStaticGateway { port in
            for path in ["/npm-debug.log", "/.page.html.swp"] {
                let response = try await RawHTTPClient.request(port: port, "GET", path)
                #expect(response.statusLine == "HTTP/1.1 404 Not Found", "\(path)")
            }
        }
    }

    @Test func everyMethodAndTheRawParameter() async throws {
        try await withStaticGateway { port in
            for method in ["POST", "PUT", "DELETE"] {
                let json = method == "DELETE" ? [] : [("Content-Type", "application/json")]
                let response = try await RawHTTPClient.request(
                    port: port, method, "/page.html", headers: json, body: method == "DELETE" ? [] : Array("{}".utf8))
                #expect(response.statusLine == "HTTP/1.1 200 OK", "\(method)")
                #expect(response.bodyText == "this is an html file\n")
            }
            let post = try await RawHTTPClient.request(
                port: port, "POST", "/page.html", headers: [("Content-Type", "application/json")], body: Array("{\"x\":1}".utf8))
            #expect(post.bodyText == "this is an html file\n")
            let badJSON = try await RawHTTPClient.request(
                port: port, "POST", "/page.html", headers: [("Content-Type", "application/json")], body: Array("{x".utf8))
            #expect(badJSON.statusLine == "HTTP/1.1 400 Bad Request")
            #expect(badJSON.bodyText.contains("\"ParameterParseError\""))
            let raw = try await RawHTTPClient.request(port: port, "GET", "/page.html?raw=t")
            #expect(raw.bodyText == "this is an html file\n")
            let bad = try await RawHTTPClient.request(port: port, "GET", "/page.html?raw=maybe")
            #expect(bad.statusLine == "HTTP/1.1 400 Bad Request")
            #expect(bad.headerLines() == corsBlock + [exposeWithoutUUID, "Content-Type: application/json", "Content-Length: 442"])
            #expect(bad.bodyText.contains("\"message\": \"Invalid parameter \\\"raw\\\": invalid value: \\\"maybe\\\" (string), expected (boolean)\""))
            let noType = try await RawHTTPClient.request(port: port, "POST", "/page.html")
            #expect(noType.bodyText.contains("\"Must supply \\\"Content-Type\\\" header\""), "as for functions")
            let head = try await RawHTTPClient.request(port: port, "HEAD", "/page.html")
            #expect(Array(head.headerLines().prefix(5)) == corsBlock + [exposeWithoutUUID])
        }
    }

    @Test func functionsStillServed() async throws {
        try await withStaticGateway { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/hello/")
            #expect(response.bodyText == "\"hello\"")
        }
    }
}
