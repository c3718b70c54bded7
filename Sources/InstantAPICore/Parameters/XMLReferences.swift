/// `&…;` references: the five predefined entities and character references. No other entity
/// exists, since declarations are refused.
enum XMLReferences {
    /// Appends the UTF-8 of the reference starting at `start` (an `&`) to `output`; the offset
    /// after its `;`.
    static func decode(_ bytes: [UInt8], at start: Int, into output: inout [UInt8]) throws(XMLSyntaxError) -> Int {
        var reader = XMLByteReader(bytes, at: start + 1)
        if reader.current == UInt8(ascii: "#") {
            reader.index += 1
            let scalar = try characterReference(&reader, start: start)
            appendUTF8(scalar, to: &output)
            return reader.index
        }
        guard let name = reader.readName() else {
            throw XMLSyntaxError(reason: "Malformed entity reference", offset: start)
        }
        guard reader.current == UInt8(ascii: ";") else {
            throw XMLSyntaxError(reason: "Malformed entity reference", offset: start)
        }
        switch bytes[name] {
        case [0x6C, 0x74]: output.append(UInt8(ascii: "<"))  // lt
        case [0x67, 0x74]: output.append(UInt8(ascii: ">"))  // gt
        case [0x61, 0x6D, 0x70]: output.append(UInt8(ascii: "&"))  // amp
        case [0x71, 0x75, 0x6F, 0x74]: output.append(UInt8(ascii: "\""))  // quot
        case [0x61, 0x70, 0x6F, 0x73]: output.append(UInt8(ascii: "'"))  // apos
        default:
            let shown = name.count > 40 ? reader.string(name.lowerBound..<(name.lowerBound + 40)) + "…" : reader.string(name)
            throw XMLSyntaxError(reason: "Undeclared entity \"\(shown)\"", offset: start)
        }
        return reader.index + 1
    }

    /// Digits after `&#` or `&#x`; the value saturates instead of overflowing, and anything
    /// that is not an XML `Char` (NUL, most C0 controls, surrogates, U+FFFE/F, > U+10FFFF) is
    /// refused.
    private static func characterReference(_ reader: inout XMLByteReader, start: Int) throws(XMLSyntaxError) -> UInt32 {
        var radix: UInt32 = 10
        if reader.current == UInt8(ascii: "x") {
            radix = 16
            reader.index += 1
        }
        var value: UInt32 = 0
        var digits = 0
        while let byte = reader.current, let digit = digitValue(byte, radix: radix) {
            value = value > 0x10FFFF ? value : value * radix + digit
            digits += 1
            reader.index += 1
        }
        guard digits > 0, reader.current == UInt8(ascii: ";") else {
            throw XMLSyntaxError(reason: "Malformed character reference", offset: start)
        }
        reader.index += 1
        guard isXMLChar(value) else {
            throw XMLSyntaxError(reason: "Invalid character reference", offset: start)
        }
        return value
    }

    private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x61...0x66 where radix == 16: return UInt32(byte - 0x61 + 10)
        case 0x41...0x46 where radix == 16: return UInt32(byte - 0x41 + 10)
        default: return nil
        }
    }

    static func isXMLChar(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `value` is a valid scalar here (checked by `isXMLChar`).
    private static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            output.append(UInt8(truncatingIfNeeded: value))
        case 0x80..<0x800:
            output.append(UInt8(truncatingIfNeeded: 0xC0 | (value >> 6)))
            output.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(truncatingIfNeeded: 0xE0 | (value >> 12)))
            output.append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
        default:
            output.append(UInt8(truncatingIfNeeded: 0xF0 | (value >> 18)))
            output.append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 12) & 0x3F)))
            output.append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
        }
    }
}
