/// Number conversion of query-string text (fixes Q16).
///
/// Only decimal and exponent forms are numbers: `1`, `-2.5`, `+.5`, `5.`, `2e3`, `1E-7`. Like
/// JavaScript's `Number()`, surrounding whitespace is ignored (`" 12 "` is 12). Unlike it, `""`,
/// whitespace only, hex/octal/binary forms, `Infinity`, `NaN` and values too large for a double
/// are not numbers: the text stays a string, so it fails number validation.
enum NumberText {
    static func parse(_ text: String) -> Double? {
        if let digits = plainDigits(text) { return digits }
        if let first = text.utf8.first, let last = text.utf8.last, isASCIIPrintable(first), isASCIIPrintable(last) {
            // Nothing to trim: JavaScript's whitespace is either below `!` or not ASCII.
            guard isDecimalLiteral(Substring(text).utf8), let value = Double(text), value.isFinite else { return nil }
            return value
        }
        let scalars = Substring(text).unicodeScalars
        guard let start = scalars.firstIndex(where: { !isJSWhitespace($0) }),
            let last = scalars.lastIndex(where: { !isJSWhitespace($0) })
        else { return nil }
        let trimmed = Substring(scalars[start...last])
        guard isDecimalLiteral(trimmed.utf8), let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }

    /// The common case, unsigned digits only (`42`), read without building a substring: up to
    /// 15 digits the integer converts to the double exactly, as `Double(text)` reads it.
    private static func plainDigits(_ text: String) -> Double? {
        let utf8 = text.utf8
        guard utf8.count > 0, utf8.count <= 15 else { return nil }
        var value: Int64 = 0
        for byte in utf8 {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int64(byte &- 0x30)
        }
        return Double(value)
    }

    @inline(__always)
    private static func isASCIIPrintable(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    /// `[+-]? (digits [. digits*] | . digits) ([eE] [+-]? digits)?`
    private static func isDecimalLiteral(_ bytes: Substring.UTF8View) -> Bool {
        var index = bytes.startIndex
        func peek() -> UInt8? { index < bytes.endIndex ? bytes[index] : nil }
        func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
        if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index = bytes.index(after: index) }
        var digits = 0
        while isDigit(peek()) { digits += 1; index = bytes.index(after: index) }
        if peek() == UInt8(ascii: ".") {
            index = bytes.index(after: index)
            while isDigit(peek()) { digits += 1; index = bytes.index(after: index) }
        }
        guard digits > 0 else { return false }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index = bytes.index(after: index)
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index = bytes.index(after: index) }
            guard isDigit(peek()) else { return false }
            while isDigit(peek()) { index = bytes.index(after: index) }
        }
        return index == bytes.endIndex
    }

    /// The characters JavaScript's `String.prototype.trim` removes.
    static func isJSWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }
}
