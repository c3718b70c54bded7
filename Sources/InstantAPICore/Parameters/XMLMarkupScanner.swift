/// A light pass over an XML document for what `XMLParser` does not report: the XML
/// declaration's pseudo-attributes, and the document order of each start tag's attributes.
///
/// It only has to be right for well-formed documents (libxml2 rejects the others), and it
/// must never trap or loop on any bytes.
struct XMLMarkupScanner {
    /// `version`, `encoding`… of a leading `<?xml …?>`, which fast-xml-parser reports as `?xml`.
    private(set) var declaration: [(String, String)]?
    /// Attribute names of each start tag, in document order.
    private(set) var attributeOrder: [[String]] = []

    init(_ bytes: [UInt8]) {
        let count = bytes.count
        // A UTF-8 byte order mark may precede the declaration.
        var i = Self.hasPrefix(bytes, at: 0, "\u{FEFF}") ? 3 : 0
        if Self.hasPrefix(bytes, at: i, "<?xml"), count > i + 5, Self.isSpace(bytes[i + 5]) {
            let end = Self.find(bytes, "?>", from: i + 5) ?? count
            declaration = Self.pseudoAttributes(in: Array(bytes[(i + 5)..<end]))
            i = min(count, end + 2)
        }
        while i < count {
            guard bytes[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            if Self.hasPrefix(bytes, at: i, "<!--") {
                i = (Self.find(bytes, "-->", from: i + 4) ?? count) + 3
            } else if Self.hasPrefix(bytes, at: i, "<![CDATA[") {
                i = (Self.find(bytes, "]]>", from: i + 9) ?? count) + 3
            } else if Self.hasPrefix(bytes, at: i, "<!") {
                i = Self.skipDeclaration(bytes, from: i + 2)
            } else if Self.hasPrefix(bytes, at: i, "<?") {
                i = (Self.find(bytes, "?>", from: i + 2) ?? count) + 2
            } else if Self.hasPrefix(bytes, at: i, "</") {
                i = (Self.findByte(bytes, UInt8(ascii: ">"), from: i + 2) ?? count) + 1
            } else {
                i = scanStartTag(bytes, from: i + 1)
            }
        }
    }

    /// Records the attribute names of the start tag whose name begins at `start`.
    private mutating func scanStartTag(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        let count = bytes.count
        while i < count, !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") {
            i += 1
        }
        var names: [String] = []
        while i < count {
            let byte = bytes[i]
            if byte == UInt8(ascii: ">") { i += 1; break }
            if Self.isSpace(byte) || byte == UInt8(ascii: "/") { i += 1; continue }
            let nameStart = i
            while i < count, !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">") {
                i += 1
            }
            names.append(String(decoding: bytes[nameStart..<i], as: UTF8.self))
            while i < count, Self.isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "=") { i += 1 }
            if i < count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                i = (Self.findByte(bytes, bytes[i], from: i + 1) ?? count) + 1
            }
        }
        attributeOrder.append(names)
        return i
    }

    /// Skips `<!DOCTYPE …[ … ]>` and other `<!…>` markup, honouring quotes and the internal subset.
    private static func skipDeclaration(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        var depth = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                i = findByte(bytes, bytes[i], from: i + 1) ?? bytes.count
            case UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "]"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "<") where depth > 0 && hasPrefix(bytes, at: i, "<!--"):
                i = (find(bytes, "-->", from: i + 4) ?? bytes.count) + 2
            case UInt8(ascii: ">") where depth == 0:
                return i + 1
            default:
                break
            }
            i += 1
        }
        return bytes.count
    }

    /// `name="value"` pairs of a declaration or processing instruction.
    static func pseudoAttributes(in bytes: [UInt8]) -> [(String, String)] {
        var result: [(String, String)] = []
        var i = 0
        let count = bytes.count
        while i < count {
            while i < count, isSpace(bytes[i]) { i += 1 }
            let nameStart = i
            while i < count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: "=") { i += 1 }
            let name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
            while i < count, isSpace(bytes[i]) { i += 1 }
            guard i < count, bytes[i] == UInt8(ascii: "=") else {
                i += 1
                continue
            }
            i += 1
            while i < count, isSpace(bytes[i]) { i += 1 }
            guard i < count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else { continue }
            let quote = bytes[i]
            let valueEnd = findByte(bytes, quote, from: i + 1) ?? count
            let value = String(decoding: bytes[(i + 1)..<valueEnd], as: UTF8.self)
            if !name.isEmpty {
                result.append((name, value.trimmingCharacters(in: .whitespacesAndNewlines)))
            }
            i = valueEnd + 1
        }
        return result
    }

    static func containsEntityDeclaration(_ bytes: [UInt8]) -> Bool {
        find(bytes, "<!ENTITY", from: 0) != nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func hasPrefix(_ bytes: [UInt8], at index: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index >= 0, bytes.count - index >= count else { return false }
        return prefix.withUTF8Buffer { bytes[index..<(index + count)].elementsEqual($0) }
    }

    private static func find(_ bytes: [UInt8], _ needle: StaticString, from start: Int) -> Int? {
        var i = max(0, start)
        while i < bytes.count {
            if let found = findByte(bytes, needle.utf8Start.pointee, from: i) {
                if hasPrefix(bytes, at: found, needle) { return found }
                i = found + 1
            } else {
                return nil
            }
        }
        return nil
    }

    private static func findByte(_ bytes: [UInt8], _ byte: UInt8, from start: Int) -> Int? {
        var i = max(0, start)
        while i < bytes.count {
            if bytes[i] == byte { return i }
            i += 1
        }
        return nil
    }
}
