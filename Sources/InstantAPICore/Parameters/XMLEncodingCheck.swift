/// Only UTF-8 (and its ASCII subset) is read. Everything else is refused before any parsing,
/// so the byte-level checks that follow (`<!ENTITY`, markup) cannot be dodged by re-encoding
/// the document as UTF-16 or UTF-32.
enum XMLEncodingCheck {
    static let supportedEncodings: Set<String> = ["utf-8", "utf8", "us-ascii", "ascii"]

    /// The offset where the document starts (after a UTF-8 byte order mark), once the body is
    /// known to be UTF-8 made of XML characters only.
    static func check(_ bytes: [UInt8]) throws(XMLSyntaxError) -> Int {
        if let other = foreignSignature(bytes) {
            throw XMLSyntaxError(reason: "Unsupported encoding \(other)", offset: 0)
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        try checkDeclaredEncoding(bytes, from: start)
        try validate(bytes)
        return start
    }

    /// UTF-16/UTF-32 byte order marks, and the way `<` (or any ASCII) looks in those encodings:
    /// a NUL among the first four bytes, which UTF-8 XML never has.
    private static func foreignSignature(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "(UTF-32BE byte order mark)" }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "(UTF-32LE byte order mark)" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "(UTF-16BE byte order mark)" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "(UTF-16LE byte order mark)" }
        if bytes.prefix(4).contains(0x00) { return "(UTF-16 or UTF-32)" }
        return nil
    }

    /// `<?xml … encoding="…"?>` naming anything but UTF-8/ASCII. Checked before the bytes are
    /// validated so that a UTF-7 or Latin-1 document is told why it is refused.
    private static func checkDeclaredEncoding(_ bytes: [UInt8], from start: Int) throws(XMLSyntaxError) {
        let reader = XMLByteReader(bytes, at: start)
        guard reader.hasPrefix("<?xml"), let next = reader.byte(at: start + 5),
            XMLByteReader.isSpace(next) || next == UInt8(ascii: "?"),
            let end = reader.find("?>", from: start + 5)
        else { return }
        let attributes = XMLPseudoAttributes.parse(bytes[(start + 5)..<end])
        for (name, value) in attributes where name == "encoding" {
            if !supportedEncodings.contains(value.lowercased()) {
                let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
                throw XMLSyntaxError(reason: "Unsupported encoding \"\(shown)\"", offset: start)
            }
        }
    }

    /// Well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF) of XML
    /// `Char`s: no C0 controls but tab, LF and CR, and no U+FFFE/U+FFFF.
    private static func validate(_ bytes: [UInt8]) throws(XMLSyntaxError) {
        let count = bytes.count
        var i = 0
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 {
                if lead < 0x20, lead != 0x09, lead != 0x0A, lead != 0x0D {
                    throw XMLSyntaxError(reason: "Invalid character", offset: i)
                }
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: throw XMLSyntaxError(reason: "Invalid UTF-8", offset: i)
            }
            guard count - i >= length else { throw XMLSyntaxError(reason: "Invalid UTF-8", offset: i) }
            let second = bytes[i + 1]
            guard second >= low, second <= high else { throw XMLSyntaxError(reason: "Invalid UTF-8", offset: i) }
            var k = 2
            while k < length {
                guard bytes[i + k] & 0xC0 == 0x80 else { throw XMLSyntaxError(reason: "Invalid UTF-8", offset: i) }
                k += 1
            }
            if lead == 0xEF, second == 0xBF, bytes[i + 2] >= 0xBE {
                throw XMLSyntaxError(reason: "Invalid character", offset: i)
            }
            i += length
        }
    }
}
