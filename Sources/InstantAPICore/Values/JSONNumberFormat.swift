/// Formats doubles exactly as JavaScript's `Number.prototype.toString` does, so that numbers in
/// our JSON output and messages are byte-identical to the original framework's.
enum JSONNumberFormat {
    /// Appends the number's text to UTF-8 output; integers (most numbers on the wire) are written
    /// digit by digit without an intermediate string, other numbers without exponent straight
    /// from Swift's `description` (see `plainText`).
    static func write(_ value: Double, into out: inout JSONByteWriter) {
        guard value == value.rounded(), abs(value) < 1e15, value != 0 else {
            out.append(string: string(value))
            return
        }
        if value < 0 { out.append(UInt8(ascii: "-")) }
        out.appendDecimal(Int64(value).magnitude)
    }

    static func string(_ value: Double) -> String {
        if value.isNaN || value.isInfinite { return "null" }
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        if let plain = plainText(value) { return plain }
        return layoutString(value)
    }

    /// Swift's text of a finite non-integer when it has no exponent, which is then JavaScript's
    /// text too: Swift writes plain notation only for 1e-4 <= |x| < 2^53, inside JavaScript's
    /// 1e-6 <= |x| < 1e21, and with the same shortest round-trip digits `layoutString` uses (no
    /// trailing zeros, as the value is not an integer). `nil` for everything else.
    static func plainText(_ value: Double) -> String? {
        guard value.isFinite, value != value.rounded() else { return nil }
        let text = value.description
        guard !text.utf8.contains(UInt8(ascii: "e")) else { return nil }
        return text
    }

    /// The general case: Swift's shortest digits laid out by JavaScript's rules.
    static func layoutString(_ value: Double) -> String {
        let (digits, pointPosition) = shortestDigits(abs(value))
        let sign = value < 0 ? "-" : ""
        return sign + layout(digits: digits, n: pointPosition)
    }

    /// The shortest round-trip decimal digits of a positive double, and `n` such that the value is
    /// `0.digits × 10^n`.
    private static func shortestDigits(_ value: Double) -> (digits: [UInt8], n: Int) {
        let text = value.description  // shortest round-trip digits, e.g. "1.2345e+20" or "0.001"
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var integerDigits = 0
        var seenPoint = false
        for ch in mantissa.utf8 {
            if ch == UInt8(ascii: ".") { seenPoint = true; continue }
            digits.append(ch)
            if !seenPoint { integerDigits += 1 }
        }
        var n = integerDigits + exponent
        while let first = digits.first, first == UInt8(ascii: "0"), digits.count > 1 {
            digits.removeFirst()
            n -= 1
        }
        while let last = digits.last, last == UInt8(ascii: "0"), digits.count > 1 {
            digits.removeLast()
        }
        return (digits, n)
    }

    private static func layout(digits: [UInt8], n: Int) -> String {
        let k = digits.count
        let d = String(decoding: digits, as: UTF8.self)
        if k <= n && n <= 21 {
            return d + String(repeating: "0", count: n - k)
        }
        if 0 < n && n <= 21 {
            return String(d.prefix(n)) + "." + String(d.dropFirst(n))
        }
        if -6 < n && n <= 0 {
            return "0." + String(repeating: "0", count: -n) + d
        }
        let e = n - 1
        let exponent = e < 0 ? "e-\(-e)" : "e+\(e)"
        if k == 1 { return d + exponent }
        return String(d.prefix(1)) + "." + String(d.dropFirst()) + exponent
    }
}
