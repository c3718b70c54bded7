/// String primitives with JavaScript semantics, over Unicode scalars.
///
/// The original parser is a pile of `split`, `trim`, `indexOf` and regular expressions; doing
/// the same on scalars (not grapheme clusters) keeps results identical for odd input such as a
/// combining mark right after a space.
enum CommentText {
    /// JavaScript's `\s` and `String.prototype.trim` set.
    static func isWhitespace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Characters a JavaScript `.` does not match.
    static func isLineTerminator(_ u: Unicode.Scalar) -> Bool {
        u == "\n" || u == "\r" || u.value == 0x2028 || u.value == 0x2029
    }

    static func isDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 0x30 && u.value <= 0x39 }

    // Slices of a string's scalars become strings through `Substring`, which copies their UTF-8
    // at once; `String.UnicodeScalarView(slice)` appends scalar by scalar (a load-time hotspot).

    static func trim(_ s: String) -> String { trim(s[...]) }

    static func trim(_ s: Substring) -> String {
        let scalars = s.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !isWhitespace($0) })
        else { return "" }
        return String(Substring(scalars[start...last]))
    }

    static func trimLeading(_ s: String) -> String { trimLeading(s[...]) }

    static func trimLeading(_ s: Substring) -> String {
        let scalars = s.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isWhitespace($0) }) else { return "" }
        return String(Substring(scalars[start...]))
    }

    /// `s.split(" ")`: empty pieces kept.
    static func split(_ s: String, on separator: Unicode.Scalar) -> [String] { split(s[...], on: separator) }

    /// `s.split(" ")`: empty pieces kept.
    static func split(_ s: Substring, on separator: Unicode.Scalar) -> [String] {
        s.unicodeScalars.split(separator: separator, omittingEmptySubsequences: false)
            .map { String(Substring($0)) }
    }

    /// `s.split(separator)[index]`, or `nil` when there are not that many pieces.
    static func piece(_ s: String, separatedBy separator: String, at index: Int) -> String? {
        let text = Array(s.unicodeScalars)
        let sep = Array(separator.unicodeScalars)
        var start = 0
        var current = 0
        var i = 0
        while i + sep.count <= text.count {
            if text[i..<(i + sep.count)].elementsEqual(sep) {
                if current == index { return string(text[start..<i]) }
                current += 1
                i += sep.count
                start = i
            } else {
                i += 1
            }
        }
        return current == index ? string(text[start...]) : nil
    }

    /// `s.indexOf(needle)` in scalars, `-1` when absent (so comparisons read like the original).
    static func indexOf(_ s: String, _ needle: String) -> Int {
        let text = Array(s.unicodeScalars)
        let sep = Array(needle.unicodeScalars)
        guard !sep.isEmpty else { return 0 }
        var i = 0
        while i + sep.count <= text.count {
            if text[i..<(i + sep.count)].elementsEqual(sep) { return i }
            i += 1
        }
        return -1
    }

    static func contains(_ s: String, _ needle: String) -> Bool { indexOf(s, needle) >= 0 }

    static func hasPrefix(_ s: some StringProtocol, _ prefix: String) -> Bool {
        s.unicodeScalars.starts(with: prefix.unicodeScalars)
    }

    static func hasSuffix(_ s: some StringProtocol, _ suffix: String) -> Bool {
        s.unicodeScalars.reversed().starts(with: suffix.unicodeScalars.reversed())
    }

    /// Scalars to text. Encoding into one UTF-8 buffer and building the string once is several
    /// times faster than appending scalar by scalar to a `String.UnicodeScalarView` (a hotspot of
    /// manifest loading: every token and line goes through here).
    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars {
            if scalar.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A slice of a string's scalars: its UTF-8 bytes are copied as they are.
    static func string(_ scalars: Substring.UnicodeScalarView) -> String {
        String(Substring(scalars))
    }

    /// Drops `count` scalars from the start (`slice(count)`).
    static func dropFirst(_ s: String, _ count: Int) -> String {
        string(s.unicodeScalars.dropFirst(count))
    }

    /// Drops `count` scalars from the end (`slice(0, -count)`).
    static func dropLast(_ s: String, _ count: Int) -> String {
        string(s.unicodeScalars.dropLast(count))
    }

    /// JavaScript's `String(number)`.
    static func number(_ value: Double) -> String {
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value.isNaN { return "NaN" }
        return JSONNumberFormat.string(value)
    }

    /// JavaScript's `Array.prototype.toString` for the values a message interpolates.
    static func arrayString(_ values: [JSONValue]) -> String {
        values.map(elementString).joined(separator: ",")
    }

    private static func elementString(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return number(n)
        case .string(let s): return s
        case .array(let a): return arrayString(a)
        case .object: return "[object Object]"
        case .buffer(let bytes): return bytes.map { String($0) }.joined(separator: ",")
        }
    }
}
