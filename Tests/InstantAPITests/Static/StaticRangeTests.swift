import Foundation
import InstantAPI
import Testing

@Suite("Static byte ranges")
struct StaticRangeTests {
    /// `plain.txt` is `plain text\n`, 11 bytes.
    static let text = Array("plain text\n".utf8)

    private func get(_ port: Int, _ range: String, path: String = "/plain.txt") async throws -> RawResponse {
        try await RawHTTPClient.request(port: port, "GET", path, headers: [("Range", range)])
    }

    private func partialLines(_ first: Int, _ last: Int, of length: Int, type: String = "text/plain; charset=utf-8") -> [String] {
        [
            "X-Execution-Uuid: *", "Content-Range: bytes \(first)-\(last)/\(length)", "Accept-Ranges: bytes",
            "Content-Type: \(type)", "Content-Length: \(last - first + 1)", "Etag: *", "Last-Modified: *",
        ]
            + staticTail([
                "x-execution-uuid", "content-range", "accept-ranges", "content-type", "content-length", "etag",
                "last-modified",
            ])
    }

    @Test func satisfiableRanges() async throws {
        try await withStaticGateway { port in
            let cases: [(String, Int, Int)] = [
                ("bytes=0-4", 0, 4), ("bytes=0-0", 0, 0), ("bytes=6-", 6, 10), ("bytes=0-", 0, 10),
                ("bytes=-3", 8, 10), ("bytes=-100", 0, 10), ("bytes=4-999", 4, 10), ("bytes=10-10", 10, 10),
                ("  bytes=1-2 ", 1, 2),
            ]
            for (range, first, last) in cases {
                let response = try await get(port, range)
                #expect(response.statusLine == "HTTP/1.1 206 Partial Content", "\(range)")
                #expect(response.maskedLines == partialLines(first, last, of: 11), "\(range)")
                #expect(response.body == Array(Self.text[first...last]), "\(range)")
            }
        }
    }

    @Test func partialContentIsNeverCompressed() async throws {
        try await withStaticGateway { port in
            let response = try await RawHTTPClient.request(
                port: port, "GET", "/plain.txt", headers: [("Range", "bytes=0-4"), ("Accept-Encoding", "gzip, deflate")])
            #expect(response.statusLine == "HTTP/1.1 206 Partial Content")
            #expect(response.maskedLines == partialLines(0, 4, of: 11))
            #expect(response.body == Array(Self.text[0...4]))
        }
    }

    @Test func unsatisfiableRanges() async throws {
        try await withStaticGateway { port in
            for range in ["bytes=11-", "bytes=50-60", "bytes=-0"] {
                let response = try await get(port, range)
                #expect(response.statusLine == "HTTP/1.1 416 Range Not Satisfiable", "\(range)")
                #expect(
                    response.maskedLines
                        == ["X-Execution-Uuid: *", "Content-Range: bytes */11"]
                        + staticTail(["x-execution-uuid", "content-range"])
                        + ["Content-Type: application/json", "Content-Length: 86"], "\(range)")
                #expect(
                    response.bodyText
                        == "{\n  \"error\": {\n    \"type\": \"ClientError\",\n    \"message\": \"Range Not Satisfiable\"\n  }\n}")
            }
            let empty = try await get(port, "bytes=0-", path: "/empty.txt")
            #expect(empty.statusLine == "HTTP/1.1 416 Range Not Satisfiable")
            #expect(empty.header("Content-Range") == "bytes */0")
        }
    }

    @Test func ignoredRangesServeTheWholeFile() async throws {
        try await withStaticGateway { port in
            for range in [
                "bytes=5-2", "bytes=0-1,3-4", "27-255", "bytes=a-b", "bytes=", "bytes=-", "items=0-1", "bytes=1-x",
                "bytes=--1",
            ] {
                let response = try await get(port, range)
                #expect(response.statusLine == "HTTP/1.1 200 OK", "\(range)")
                #expect(response.maskedLines == staticOK("text/plain; charset=utf-8", 11), "\(range)")
                #expect(response.body == Self.text)
            }
            let post = try await RawHTTPClient.request(port: port, "POST", "/plain.txt", headers: [("Range", "bytes=0-1"), ("Content-Type", "application/json")], body: Array("{}".utf8))
            #expect(post.statusLine == "HTTP/1.1 200 OK", "ranges apply to GET only")
        }
    }

    @Test func ifRangeDecidesWhetherTheRangeApplies() async throws {
        try await withStaticGateway { port in
            let full = try await RawHTTPClient.request(port: port, "GET", "/plain.txt")
            let tag = try #require(full.header("Etag"))
            let date = try #require(full.header("Last-Modified"))
            let matching = try await RawHTTPClient.request(
                port: port, "GET", "/plain.txt", headers: [("Range", "bytes=0-1"), ("If-Range", tag)])
            #expect(matching.statusLine == "HTTP/1.1 206 Partial Content")
            let byDate = try await RawHTTPClient.request(
                port: port, "GET", "/plain.txt", headers: [("Range", "bytes=0-1"), ("If-Range", date)])
            #expect(byDate.statusLine == "HTTP/1.1 206 Partial Content")
            let stale = try await RawHTTPClient.request(
                port: port, "GET", "/plain.txt", headers: [("Range", "bytes=0-1"), ("If-Range", "\"other\"")])
            #expect(stale.statusLine == "HTTP/1.1 200 OK")
            #expect(stale.body == Self.text)
        }
    }

    @Test func rangesOnBinaryAndMarkdown() async throws {
        try await withStaticGateway { port in
            let png = try await get(port, "bytes=1-3", path: "/pixel.png")
            #expect(png.maskedLines == partialLines(1, 3, of: 32, type: "image/png"))
            #expect(png.body == [0x50, 0x4E, 0x47])
            let page = try await RawHTTPClient.request(port: port, "GET", "/guide")
            let part = try await get(port, "bytes=0-14", path: "/guide")
            #expect(part.statusLine == "HTTP/1.1 206 Partial Content")
            #expect(part.header("Content-Range") == "bytes 0-14/\(page.body.count)")
            #expect(part.bodyText == "<!doctype html>")
        }
    }

    @Test func largeFilesAreStreamedWithRanges() async throws {
        try await withStaticCopy { root in
            let bytes = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 11) }
            try Data(bytes).write(to: root.appendingPathComponent("www/large.bin"))
            try await withStaticGateway(root: root.path) { port in
                let whole = try await RawHTTPClient.request(port: port, "GET", "/large.bin")
                #expect(whole.statusLine == "HTTP/1.1 200 OK")
                #expect(whole.header("Content-Length") == String(bytes.count))
                #expect(whole.header("Transfer-Encoding") == nil)
                #expect(whole.body == bytes)
                let middle = try await RawHTTPClient.request(
                    port: port, "GET", "/large.bin", headers: [("Range", "bytes=1000000-2500000")])
                #expect(middle.statusLine == "HTTP/1.1 206 Partial Content")
                #expect(middle.header("Content-Range") == "bytes 1000000-2500000/\(bytes.count)")
                #expect(middle.body == Array(bytes[1_000_000...2_500_000]))
                let tail = try await RawHTTPClient.request(port: port, "GET", "/large.bin", headers: [("Range", "bytes=-10")])
                #expect(tail.body == Array(bytes[(bytes.count - 10)...]))
            }
        }
    }
}
