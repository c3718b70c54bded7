/// `<?…?>` (the XML declaration and processing instructions) and `<!DOCTYPE …>`.
extension XMLTokenizer {
    /// The declaration only counts at the very start (after a byte order mark), as in XML;
    /// elsewhere an `xml` target is an error, any other one a `?target` member.
    mutating func processingInstruction() throws(XMLSyntaxError) {
        let start = reader.index
        reader.index += 2
        guard let target = reader.readName() else {
            throw XMLSyntaxError(reason: "Malformed processing instruction", offset: reader.index)
        }
        let targetName = reader.string(target)
        let isDeclaration = targetName.lowercased() == "xml"
        if isDeclaration, start != documentStart || targetName != "xml" {
            throw XMLSyntaxError(reason: "XML declaration allowed only at the start of the document", offset: start)
        }
        let dataStart = reader.index
        if !reader.hasPrefix("?>"), !reader.skipSpaces() {
            throw XMLSyntaxError(reason: "Malformed processing instruction", offset: reader.index)
        }
        guard let end = reader.find("?>", from: dataStart) else {
            let reason = isDeclaration ? "Malformed XML declaration" : "Processing instruction not terminated"
            throw XMLSyntaxError(reason: reason, offset: start)
        }
        reader.index = end + 2
        let attributes = XMLPseudoAttributes.parse(reader.bytes[dataStart..<end])
        if isDeclaration {
            builder.declaration(attributes)
        } else {
            builder.processingInstruction(target: targetName, attributes: attributes)
        }
    }

    /// Skipped whole: with entity declarations refused, nothing in it changes the document.
    /// Quoted strings, comments and processing instructions in the internal subset may hold
    /// `>` or `]`, so they are stepped over.
    mutating func skipDoctype() throws(XMLSyntaxError) {
        let start = reader.index
        reader.index += 9
        guard let next = reader.current, XMLByteReader.isSpace(next) else {
            throw XMLSyntaxError(reason: "Malformed DOCTYPE", offset: reader.index)
        }
        var inSubset = false
        while let byte = reader.current {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard let close = reader.find(byte: byte, from: reader.index + 1) else {
                    throw XMLSyntaxError(reason: "Malformed DOCTYPE", offset: reader.index)
                }
                reader.index = close + 1
            case UInt8(ascii: "<") where inSubset && reader.hasPrefix("<!--"):
                guard let close = reader.find("-->", from: reader.index + 4) else {
                    throw XMLSyntaxError(reason: "Comment not terminated", offset: reader.index)
                }
                reader.index = close + 3
            case UInt8(ascii: "<") where inSubset && reader.hasPrefix("<?"):
                guard let close = reader.find("?>", from: reader.index + 2) else {
                    throw XMLSyntaxError(reason: "Processing instruction not terminated", offset: reader.index)
                }
                reader.index = close + 2
            case UInt8(ascii: "["):
                guard !inSubset else { throw XMLSyntaxError(reason: "Malformed DOCTYPE", offset: reader.index) }
                inSubset = true
                reader.index += 1
            case UInt8(ascii: "]"):
                guard inSubset else { throw XMLSyntaxError(reason: "Malformed DOCTYPE", offset: reader.index) }
                inSubset = false
                reader.index += 1
            case UInt8(ascii: ">") where !inSubset:
                reader.index += 1
                return
            default:
                reader.index += 1
            }
        }
        throw XMLSyntaxError(reason: "Malformed DOCTYPE", offset: start)
    }
}

/// `name="value"` pairs in a declaration or processing instruction, read leniently (as
/// fast-xml-parser does): anything that is not such a pair is skipped.
enum XMLPseudoAttributes {
    static func parse(_ bytes: ArraySlice<UInt8>) -> [(String, String)] {
        var result: [(String, String)] = []
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            while i < end, XMLByteReader.isSpace(bytes[i]) { i += 1 }
            let nameStart = i
            while i < end, !XMLByteReader.isSpace(bytes[i]), bytes[i] != UInt8(ascii: "=") { i += 1 }
            let name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
            while i < end, XMLByteReader.isSpace(bytes[i]) { i += 1 }
            guard i < end, bytes[i] == UInt8(ascii: "=") else {
                i += 1
                continue
            }
            i += 1
            while i < end, XMLByteReader.isSpace(bytes[i]) { i += 1 }
            guard i < end, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else { continue }
            let quote = bytes[i]
            var valueEnd = i + 1
            while valueEnd < end, bytes[valueEnd] != quote { valueEnd += 1 }
            let value = String(decoding: bytes[(i + 1)..<valueEnd], as: UTF8.self)
            if !name.isEmpty { result.append((name, XMLTreeBuilder.trim(value))) }
            i = valueEnd + 1
        }
        return result
    }
}
