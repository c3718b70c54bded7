import CompressNIO
import Foundation
import InstantAPI
import NIOCore
import Testing

/// gzip/deflate by `Accept-Encoding` (upstream-gateway §7.5; captures "gzip", "deflate",
/// "br only", "gzip on error").
@Suite("Response compression")
struct CompressionTests {

    @Test func gzipMatchesTheCapturedBytes() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(
                port: port, "GET", "/my_function/", headers: [("Accept-Encoding", "gzip")])
            #expect(response.statusLine == "HTTP/1.1 200 OK")
            let lines = response.headerLines()
            #expect(lines.first?.hasPrefix("X-Execution-Uuid: ") == true)
            #expect(
                Array(lines.dropFirst()) == corsBlock + [
                    exposeWithUUID, "Content-Type: application/json", "Content-Encoding: gzip", "Content-Length: 21",
                ])
            #expect(
                response.body == [
                    0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x33, 0x03, 0x00, 0x14, 0x7a, 0xb8, 0x1d,
                    0x01, 0x00, 0x00, 0x00,
                ])
        }
    }

    @Test func deflateIsZlibWrapped() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(
                port: port, "GET", "/my_function/", headers: [("Accept-Encoding", "deflate")])
            #expect(Array(response.headerLines().suffix(3)) == [
                "Content-Type: application/json", "Content-Encoding: deflate", "Content-Length: 9",
            ])
            #expect(response.body == [0x78, 0x9c, 0x33, 0x03, 0x00, 0x00, 0x37, 0x00, 0x37])
        }
    }

    @Test func acceptEncodingSelection() async throws {
        try await withBasicGateway { port in
            let cases: [(String, String?)] = [
                ("br", nil), ("gzip;q=0", "gzip"), ("deflate, gzip", "gzip"), ("x-gzip", "gzip"),
                ("gzipped", nil), ("gzipped, deflate", "deflate"), ("DEFLATE", nil), ("identity", nil),
            ]
            for (accept, expected) in cases {
                let response = try await RawHTTPClient.request(
                    port: port, "GET", "/my_function/", headers: [("Accept-Encoding", accept)])
                #expect(response.header("Content-Encoding") == expected, "\(accept)")
                #expect(try decoded(response) == "6", "\(accept)")
            }
        }
    }

    @Test func errorBodiesAreCompressedToo() async throws {
        try await withBasicGateway { port in
            let response = try await RawHTTPClient.request(
                port: port, "GET", "/DOES_NOT_EXIST/", headers: [("Accept-Encoding", "gzip")])
            #expect(response.statusLine == "HTTP/1.1 404 Not Found")
            #expect(
                response.headerLines() == corsBlock + [
                    exposeWithoutUUID, "Content-Type: application/json", "Content-Encoding: gzip",
                    "Content-Length: \(response.body.count)",
                ])
            #expect(
                try decoded(response)
                    == "{\n  \"error\": {\n    \"type\": \"NotFoundError\",\n    \"message\": \"\\\"DOES_NOT_EXIST\\\" Not Found\"\n  }\n}")
        }
    }

    @Test func incompressibleAndEmptyBodiesAreSentAsIs() async throws {
        try await withBasicGateway { port in
            let png = try await RawHTTPClient.request(
                port: port, "GET", "/buffer/", headers: [("Accept-Encoding", "gzip")])
            #expect(png.header("Content-Type") == "image/png")
            #expect(png.header("Content-Encoding") == nil)
            #expect(png.bodyText == "lol")
            let options = try await RawHTTPClient.request(
                port: port, "OPTIONS", "/my_function/", headers: [("Accept-Encoding", "gzip")])
            #expect(options.header("Content-Encoding") == nil)
            let redirect = try await RawHTTPClient.request(
                port: port, "GET", "/my_function", headers: [("Accept-Encoding", "gzip"), ("User-Agent", "t")])
            #expect(redirect.statusLine == "HTTP/1.1 302 Found")
            #expect(redirect.header("Content-Encoding") == nil)
            let html = try await RawHTTPClient.request(
                port: port, "GET", "/http/?kind=bytes", headers: [("Accept-Encoding", "deflate")])
            #expect(html.header("Content-Encoding") == "deflate")
            #expect(try decoded(html) == "fix")
        }
    }

    /// The body decoded per its `Content-Encoding`.
    func decoded(_ response: RawResponse) throws -> String {
        var buffer = ByteBuffer(bytes: response.body)
        let bytes: ByteBuffer
        switch response.header("Content-Encoding") {
        case "gzip": bytes = try buffer.decompress(with: .gzip())
        case "deflate": bytes = try buffer.decompress(with: .zlib())
        default: bytes = buffer
        }
        return String(decoding: bytes.readableBytesView, as: UTF8.self)
    }
}
