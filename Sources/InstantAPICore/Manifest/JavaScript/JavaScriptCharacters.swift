/// Character classes of the JavaScript lexical grammar, on UTF-8 bytes.
enum JavaScriptCharacters {
    @inline(__always)
    static func isASCIIIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x24 || byte == 0x5F
    }

    @inline(__always)
    static func isASCIIIdentifierPart(_ byte: UInt8) -> Bool {
        isASCIIIdentifierStart(byte) || isDigit(byte)
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x61 && byte <= 0x66) || (byte >= 0x41 && byte <= 0x46)
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        default: return nil
        }
    }

    static func isIdentifierStart(_ scalar: UInt32) -> Bool {
        guard let value = Unicode.Scalar(scalar) else { return false }
        return value.properties.isIDStart
    }

    static func isIdentifierPart(_ scalar: UInt32) -> Bool {
        // ZWNJ and ZWJ are allowed inside identifiers (ECMA-262 IdentifierPartChar).
        if scalar == 0x200C || scalar == 0x200D { return true }
        guard let value = Unicode.Scalar(scalar) else { return false }
        return value.properties.isIDContinue
    }

    /// Non-ASCII white space: NBSP, BOM and the Zs category.
    static func isWhitespace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xA0, 0xFEFF, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// LINE SEPARATOR and PARAGRAPH SEPARATOR end lines like `\n`.
    static func isLineSeparator(_ scalar: UInt32) -> Bool { scalar == 0x2028 || scalar == 0x2029 }

    /// Decodes the scalar starting at `index` of well-formed UTF-8 (the source came from a
    /// `String`), returning the scalar and its length in bytes.
    static func decodeScalar(_ bytes: [UInt8], at index: Int) -> (scalar: UInt32, length: Int) {
        let count = bytes.count
        guard index < count else { return (0, 1) }
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var scalar: UInt32
        if lead >= 0xF0 {
            length = 4
            scalar = UInt32(lead & 0x07)
        } else if lead >= 0xE0 {
            length = 3
            scalar = UInt32(lead & 0x0F)
        } else {
            length = 2
            scalar = UInt32(lead & 0x1F)
        }
        guard index + length <= count else { return (0xFFFD, 1) }
        for offset in 1..<length {
            scalar = (scalar << 6) | UInt32(bytes[index + offset] & 0x3F)
        }
        return (scalar, length)
    }

    /// Words after which a `/` starts a regular expression rather than a division.
    static let expressionKeywords: Set<String> = [
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do",
        "else", "yield", "await",
    ]
}
