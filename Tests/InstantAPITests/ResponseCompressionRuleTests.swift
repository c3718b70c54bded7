import Testing

@testable import InstantAPI

/// The selection rules of upstream-gateway §7.5, without a server.
@Suite("Compression rules")
struct ResponseCompressionRuleTests {
    @Test(arguments: [
        ("text/plain", true), ("text/plain; charset=utf-8", true), ("text/html", true), ("text/xml", true),
        ("text/json", true), ("text/javascript", true), ("application/json", true), ("application/xml", true),
        ("application/atom+xml", true), ("application/javascript", true), ("application/octet-stream", true),
        ("Text/Plain", false), ("text/plain ;charset=utf-8", false), ("application/yaml", false), ("image/png", false),
        ("video/mp4", false), ("text/css", false), ("text/markdown", false), ("", false),
    ])
    func mediaTypes(contentType: String, compressible: Bool) {
        #expect(ResponseCompression.isCompressible(contentType: contentType) == compressible)
    }

    @Test(arguments: [
        ("gzip", ResponseCompression.Coding.gzip), ("gzip;q=0", .gzip), ("deflate, gzip", .gzip), ("x-gzip", .gzip),
        ("br, gzip", .gzip), ("deflate", .deflate), ("gzipx, deflate", .deflate), ("_gzip, deflate", .deflate),
        ("deflate;q=0", .deflate), ("nodeflate", .deflate),
    ])
    func codings(acceptEncoding: String, coding: ResponseCompression.Coding) {
        #expect(ResponseCompression.coding(acceptEncoding: acceptEncoding) == coding)
    }

    @Test(arguments: ["", "br", "identity", "*", "GZIP", "Deflate", "gzip1"])
    func noCoding(acceptEncoding: String) {
        #expect(ResponseCompression.coding(acceptEncoding: acceptEncoding) == nil)
    }

    @Test func streamedAndEmptyBodiesAreLeftAlone() {
        var empty = OutgoingResponse(status: 200, defaultContentType: "application/json")
        empty.finalize(requestedHeaders: nil)
        ResponseCompression.apply(to: &empty, acceptEncoding: "gzip")
        #expect(empty.headers["content-encoding"] == nil)
        var noHeader = OutgoingResponse(status: 200, body: Array("{}".utf8), defaultContentType: "application/json")
        noHeader.finalize(requestedHeaders: nil)
        ResponseCompression.apply(to: &noHeader, acceptEncoding: nil)
        #expect(noHeader.bytes == Array("{}".utf8))
    }
}
