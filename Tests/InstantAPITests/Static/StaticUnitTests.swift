import Testing
@testable import InstantAPI

@Suite("Static helpers")
struct StaticUnitTests {
    @Test func httpDates() {
        #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.format(0) == "Thu, 01 Jan 1970 00:00:00 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == nil)
        #expect(HTTPDate.parse("Sun, 6 Nov 1994 08:49:37 GMT") == nil)
        #expect(HTTPDate.parse("") == nil)
    }

    @Test func byteRanges() {
        #expect(ByteRange.evaluate(nil, length: 10) == .whole)
        #expect(ByteRange.evaluate("bytes=0-0", length: 10) == .partial(0...0))
        #expect(ByteRange.evaluate("bytes=-20", length: 10) == .partial(0...9))
        #expect(ByteRange.evaluate("bytes=9-", length: 10) == .partial(9...9))
        #expect(ByteRange.evaluate("bytes=10-", length: 10) == .unsatisfiable)
        #expect(ByteRange.evaluate("bytes=-0", length: 10) == .unsatisfiable)
        #expect(ByteRange.evaluate("bytes=0-", length: 0) == .unsatisfiable)
        #expect(ByteRange.evaluate("bytes=3-2", length: 10) == .whole)
        #expect(ByteRange.evaluate("BYTES=1-2", length: 10) == .partial(1...2))
        #expect(ByteRange.evaluate("bytes=99999999999999999999999-", length: 10) == .unsatisfiable)
        #expect(ByteRange.evaluate("bytes=0-99999999999999999999999", length: 10) == .partial(0...9))
        #expect(ByteRange.evaluate("bytes=+1-2", length: 10) == .whole)
    }

    @Test func mediaTypes() {
        #expect(MediaTypes.contentType(forFileName: "a.HTML") == "text/html; charset=utf-8")
        #expect(MediaTypes.contentType(forFileName: "a.svg") == "image/svg+xml")
        #expect(MediaTypes.contentType(forFileName: "Makefile") == "application/octet-stream")
        #expect(MediaTypes.contentType(forFileName: "a.mp4") == "video/mp4")
    }

    @Test func cacheIsBounded() {
        let cache = StaticContentCache(maximumEntrySize: 4, maximumTotalSize: 8)
        let version = StaticFileVersion(size: 1, seconds: 1, nanoseconds: 1)
        let key = { (name: String) in StaticContentCache.Key(path: name, variant: "file") }
        cache.store([1, 2, 3, 4, 5], for: key("big"), version: version)
        #expect(cache.bytes(for: key("big"), version: version) == nil)
        cache.store([1, 2, 3, 4], for: key("a"), version: version)
        cache.store([1, 2, 3, 4], for: key("b"), version: version)
        #expect(cache.bytes(for: key("a"), version: version) == [1, 2, 3, 4])
        cache.store([1, 2, 3], for: key("c"), version: version)
        #expect(cache.bytes(for: key("b"), version: version) == nil, "least recently used evicted")
        #expect(cache.bytes(for: key("a"), version: version) != nil)
        var changed = version
        changed.size = 2
        #expect(cache.bytes(for: key("a"), version: changed) == nil, "a new file version misses")
    }
}
