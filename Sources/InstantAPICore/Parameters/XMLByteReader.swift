/// A position in an XML document that fails; `offset` is a byte index into the body.
struct XMLSyntaxError: Error {
    var reason: String
    var offset: Int
}

/// A cursor over the bytes of an XML document. Every read is bounds-checked against `count`,
/// so no input can make it trap.
struct XMLByteReader {
    let bytes: [UInt8]
    var index: Int

    init(_ bytes: [UInt8], at index: Int = 0) {
        self.bytes = bytes
        self.index = index
    }

    var count: Int { bytes.count }
    var atEnd: Bool { index >= bytes.count }

    func byte(at position: Int) -> UInt8? {
        position >= 0 && position < bytes.count ? bytes[position] : nil
    }

    var current: UInt8? { byte(at: index) }

    func hasPrefix(_ prefix: StaticString, at position: Int) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard position >= 0, bytes.count - position >= length else { return false }
        return prefix.withUTF8Buffer { needle in
            var i = 0
            while i < length {
                if bytes[position + i] != needle[i] { return false }
                i += 1
            }
            return true
        }
    }

    func hasPrefix(_ prefix: StaticString) -> Bool { hasPrefix(prefix, at: index) }

    /// The first occurrence of `needle` at or after `start`; each byte is looked at a bounded
    /// number of times, so a document of near-misses (`-----`) stays linear.
    func find(_ needle: StaticString, from start: Int) -> Int? {
        let length = needle.utf8CodeUnitCount
        guard length > 0 else { return start }
        let first = needle.withUTF8Buffer { $0[0] }
        var i = max(0, start)
        let last = bytes.count - length
        while i <= last {
            if bytes[i] == first, hasPrefix(needle, at: i) { return i }
            i += 1
        }
        return nil
    }

    func find(byte target: UInt8, from start: Int) -> Int? {
        var i = max(0, start)
        while i < bytes.count {
            if bytes[i] == target { return i }
            i += 1
        }
        return nil
    }

    /// Skips XML white space; whether there was any.
    @discardableResult
    mutating func skipSpaces() -> Bool {
        let start = index
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        return index > start
    }

    /// A name at the cursor, which moves past it; nil (cursor unmoved) when none starts here.
    mutating func readName() -> Range<Int>? {
        guard index < bytes.count, Self.isNameStart(bytes[index]) else { return nil }
        let start = index
        index += 1
        while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
        return start..<index
    }

    func string(_ range: Range<Int>) -> String {
        let lower = min(max(0, range.lowerBound), bytes.count)
        let upper = min(max(lower, range.upperBound), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    func bytesEqual(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count, a.lowerBound >= 0, b.lowerBound >= 0,
            a.upperBound <= bytes.count, b.upperBound <= bytes.count
        else { return false }
        return bytes[a].elementsEqual(bytes[b])
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Names are checked loosely: ASCII letters, `_`, `:` and any non-ASCII character may start
    /// one (the body is valid UTF-8 by then, so non-ASCII bytes come as whole characters).
    static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F || byte == 0x3A
            || byte >= 0x80
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
    }

    /// 1-based line and column (in characters) of `offset`, counted only when an error is
    /// reported so that parsing does not track positions.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let end = min(max(0, offset), bytes.count)
        var line = 1
        var column = 1
        var i = 0
        while i < end {
            let byte = bytes[i]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }
}
