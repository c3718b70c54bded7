/// Values of numeric and string literal tokens, with JavaScript semantics.
enum JavaScriptLiteralDecoder {
    /// The value of a numeric literal (decimal, exponent, hex, octal, binary, legacy octal,
    /// numeric separators) as a JavaScript number.
    static func number(_ bytes: ArraySlice<UInt8>) -> Double? {
        let digits = bytes.filter { $0 != UInt8(ascii: "_") }
        guard let first = digits.first else { return nil }
        if digits.count > 2, first == UInt8(ascii: "0") {
            let radix: Double?
            switch digits[1] | 0x20 {
            case UInt8(ascii: "x"): radix = 16
            case UInt8(ascii: "o"): radix = 8
            case UInt8(ascii: "b"): radix = 2
            default: radix = nil
            }
            if let radix {
                return integer(digits.dropFirst(2), radix: radix)
            }
        }
        // Legacy octal (`017`), unless a digit 8 or 9 makes it decimal (`019`).
        if digits.count > 1, first == UInt8(ascii: "0"), digits.allSatisfy(JavaScriptCharacters.isDigit),
            !digits.contains(where: { $0 >= UInt8(ascii: "8") })
        {
            return integer(digits.dropFirst(), radix: 8)
        }
        let text = String(decoding: digits, as: UTF8.self)
        return Double(text)
    }

    private static func integer(_ digits: ArraySlice<UInt8>, radix: Double) -> Double? {
        guard !digits.isEmpty else { return nil }
        var value = 0.0
        for byte in digits {
            guard let digit = JavaScriptCharacters.hexValue(byte), Double(digit) < radix else { return nil }
            value = value * radix + Double(digit)
        }
        return value
    }

    /// The value of a string literal token (quotes included), escapes resolved.
    static func string(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.count >= 2 else { return "" }
        let body = bytes.dropFirst().dropLast()
        guard body.contains(UInt8(ascii: "\\")) else { return String(decoding: body, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(body.count)
        var pendingHighSurrogate: UInt32?
        var index = body.startIndex
        func emit(_ scalar: UInt32) {
            var scalar = scalar
            if let high = pendingHighSurrogate {
                pendingHighSurrogate = nil
                if scalar >= 0xDC00 && scalar <= 0xDFFF {
                    scalar = 0x10000 + ((high - 0xD800) << 10) + (scalar - 0xDC00)
                } else {
                    appendScalar(0xFFFD, to: &output)
                }
            }
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                pendingHighSurrogate = scalar
                return
            }
            appendScalar(scalar >= 0xDC00 && scalar <= 0xDFFF ? 0xFFFD : scalar, to: &output)
        }
        func flush() {
            if pendingHighSurrogate != nil {
                pendingHighSurrogate = nil
                appendScalar(0xFFFD, to: &output)
            }
        }
        while index < body.endIndex {
            let byte = body[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < body.endIndex else {
                flush()
                output.append(byte)
                index += 1
                continue
            }
            index += 1
            let escape = body[index]
            index += 1
            switch escape {
            case UInt8(ascii: "n"): emit(0x0A)
            case UInt8(ascii: "t"): emit(0x09)
            case UInt8(ascii: "r"): emit(0x0D)
            case UInt8(ascii: "b"): emit(0x08)
            case UInt8(ascii: "f"): emit(0x0C)
            case UInt8(ascii: "v"): emit(0x0B)
            case 0x0D:
                if index < body.endIndex && body[index] == 0x0A { index += 1 }
            case 0x0A:
                break
            case 0xE2 where index + 1 < body.endIndex && body[index] == 0x80 && (body[index + 1] == 0xA8 || body[index + 1] == 0xA9):
                index += 2
            case UInt8(ascii: "x"):
                var value: UInt32 = 0
                var taken = 0
                while taken < 2, index < body.endIndex, let digit = JavaScriptCharacters.hexValue(body[index]) {
                    value = value * 16 + digit
                    index += 1
                    taken += 1
                }
                emit(value)
            case UInt8(ascii: "u"):
                var value: UInt32 = 0
                if index < body.endIndex && body[index] == UInt8(ascii: "{") {
                    index += 1
                    while index < body.endIndex, let digit = JavaScriptCharacters.hexValue(body[index]) {
                        value = value > 0x10FFFF ? value : value * 16 + digit
                        index += 1
                    }
                    if index < body.endIndex && body[index] == UInt8(ascii: "}") { index += 1 }
                } else {
                    var taken = 0
                    while taken < 4, index < body.endIndex, let digit = JavaScriptCharacters.hexValue(body[index]) {
                        value = value * 16 + digit
                        index += 1
                        taken += 1
                    }
                }
                emit(value > 0x10FFFF ? 0xFFFD : value)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                // Legacy octal escapes: up to three digits, value at most 0o377.
                var value = UInt32(escape - UInt8(ascii: "0"))
                let limit = escape <= UInt8(ascii: "3") ? 2 : 1
                var taken = 0
                while taken < limit, index < body.endIndex, body[index] >= UInt8(ascii: "0"), body[index] <= UInt8(ascii: "7") {
                    value = value * 8 + UInt32(body[index] - UInt8(ascii: "0"))
                    index += 1
                    taken += 1
                }
                emit(value)
            default:
                flush()
                output.append(escape)
            }
        }
        flush()
        return String(decoding: output, as: UTF8.self)
    }

    private static func appendScalar(_ scalar: UInt32, to output: inout [UInt8]) {
        guard let value = Unicode.Scalar(scalar) else {
            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            return
        }
        output.append(contentsOf: String(Character(value)).utf8)
    }
}
