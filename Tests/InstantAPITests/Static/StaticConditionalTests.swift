import Foundation
import InstantAPI
import Testing

@Suite("Static conditional requests")
struct StaticConditionalTests {
    @Test func validatorsAndNotModified() async throws {
        try await withStaticGateway { port in
            let first = try await RawHTTPClient.request(port: port, "GET", "/plain.txt")
            let tag = try #require(first.header("Etag"))
            let date = try #require(first.header("Last-Modified"))
            #expect(tag.hasPrefix("\"b-") && tag.hasSuffix("\""))
            #expect(date.hasSuffix(" GMT") && date.count == 29)
            let notModifiedLines =
                ["X-Execution-Uuid: *", "Etag: *", "Last-Modified: *"]
                + staticTail(["x-execution-uuid", "etag", "last-modified"])
            for headers in [
                [("If-None-Match", tag)], [("If-None-Match", "\"x\", W/\(tag)")], [("If-None-Match", "*")],
                [("If-Modified-Since", date)], [("If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT")],
            ] {
                let response = try await RawHTTPClient.request(port: port, "GET", "/plain.txt", headers: headers)
                #expect(response.statusLine == "HTTP/1.1 304 Not Modified", "\(headers)")
                #expect(response.maskedLines == notModifiedLines, "\(headers)")
                #expect(response.header("Etag") == tag)
                #expect(response.body.isEmpty)
            }
            for headers in [
                [("If-None-Match", "\"other\"")], [("If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT")],
                [("If-Modified-Since", "yesterday")],
                [("If-None-Match", "\"other\""), ("If-Modified-Since", date)],
            ] {
                let response = try await RawHTTPClient.request(port: port, "GET", "/plain.txt", headers: headers)
                #expect(response.statusLine == "HTTP/1.1 200 OK", "\(headers)")
                #expect(response.bodyText == "plain text\n")
            }
            let post = try await RawHTTPClient.request(port: port, "POST", "/plain.txt", headers: [("If-None-Match", tag), ("Content-Type", "application/json")], body: Array("{}".utf8))
            #expect(post.statusLine == "HTTP/1.1 200 OK", "conditionals apply to GET only")
        }
    }

    @Test func editsChangeTheValidatorsAndTheCachedContent() async throws {
        try await withStaticCopy { root in
            let file = root.appendingPathComponent("www/plain.txt")
            try await withStaticGateway(root: root.path) { port in
                let before = try await RawHTTPClient.request(port: port, "GET", "/plain.txt")
                #expect(before.bodyText == "plain text\n")
                try Data("changed text, longer\n".utf8).write(to: file)
                let after = try await RawHTTPClient.request(
                    port: port, "GET", "/plain.txt", headers: [("If-None-Match", before.header("Etag") ?? "")])
                #expect(after.statusLine == "HTTP/1.1 200 OK")
                #expect(after.bodyText == "changed text, longer\n")
                #expect(after.header("Etag") != before.header("Etag"))
            }
        }
    }
}
