/// Reads a UTF-8 XML document (already checked by `XMLEncodingCheck`) in one forward pass and
/// feeds `XMLTreeBuilder`. Namespaces are not processed: a prefixed name is just a name.
///
/// Well-formedness is checked as libxml2 did for what clients send: balanced, matching tags, one
/// root, nothing but white space, comments and processing instructions around it, quoted
/// attribute values without `<`, no repeated attribute, known references only.
struct XMLTokenizer {
    var reader: XMLByteReader
    var builder = XMLTreeBuilder()
    /// After a UTF-8 byte order mark, if any.
    let documentStart: Int
    private var rootClosed = false
    private var sawDoctype = false

    init(_ bytes: [UInt8], from start: Int) {
        reader = XMLByteReader(bytes, at: start)
        documentStart = start
    }

    mutating func parse() throws(XMLSyntaxError) -> JSONObject {
        while let byte = reader.current {
            if byte == UInt8(ascii: "<") {
                try markup()
            } else {
                try text()
            }
        }
        if let open = builder.openElement {
            throw XMLSyntaxError(reason: "Unclosed tag \"\(Self.shown(open.name))\"", offset: reader.count)
        }
        if builder.rootCount == 0 {
            let blank = reader.bytes[documentStart...].allSatisfy(XMLByteReader.isSpace)
            throw XMLSyntaxError(reason: blank ? "Document is empty" : "Start tag expected", offset: reader.count)
        }
        return builder.document
    }

    private mutating func markup() throws(XMLSyntaxError) {
        let start = reader.index
        if reader.hasPrefix("<?") {
            try processingInstruction()
        } else if reader.hasPrefix("<!--") {
            guard let end = reader.find("-->", from: start + 4) else {
                throw XMLSyntaxError(reason: "Comment not terminated", offset: start)
            }
            reader.index = end + 3
        } else if reader.hasPrefix("<![CDATA[") {
            guard builder.depth > 0 else { throw outsideRoot(at: start) }
            guard let end = reader.find("]]>", from: start + 9) else {
                throw XMLSyntaxError(reason: "CDATA section not terminated", offset: start)
            }
            builder.cdata(reader.bytes[(start + 9)..<end])
            reader.index = end + 3
        } else if reader.hasPrefix("<!DOCTYPE") {
            guard !sawDoctype, builder.rootCount == 0 else {
                throw XMLSyntaxError(reason: "DOCTYPE not allowed here", offset: start)
            }
            sawDoctype = true
            try skipDoctype()
        } else if reader.hasPrefix("<!") {
            throw XMLSyntaxError(reason: "Invalid markup declaration", offset: start)
        } else if reader.hasPrefix("</") {
            try endTag()
        } else {
            try startTag()
        }
    }

    /// Character data up to the next `<`, with references decoded and line ends normalised.
    private mutating func text() throws(XMLSyntaxError) {
        let bytes = reader.bytes
        let count = bytes.count
        var i = reader.index
        if builder.depth == 0 {
            while i < count, XMLByteReader.isSpace(bytes[i]) { i += 1 }
            reader.index = i
            if i < count, bytes[i] != UInt8(ascii: "<") { throw outsideRoot(at: i) }
            return
        }
        var runStart = i
        while i < count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "<") { break }
            if byte == UInt8(ascii: "&") {
                builder.pending.append(contentsOf: bytes[runStart..<i])
                i = try XMLReferences.decode(bytes, at: i, into: &builder.pending)
                runStart = i
            } else if byte == 0x0D {
                builder.pending.append(contentsOf: bytes[runStart..<i])
                if i + 1 >= count || bytes[i + 1] != 0x0A { builder.pending.append(0x0A) }
                i += 1
                runStart = i
            } else {
                i += 1
            }
        }
        builder.pending.append(contentsOf: bytes[runStart..<i])
        reader.index = i
    }

    private func outsideRoot(at offset: Int) -> XMLSyntaxError {
        XMLSyntaxError(
            reason: rootClosed ? "Extra content at the end of the document" : "Start tag expected", offset: offset)
    }

    private mutating func startTag() throws(XMLSyntaxError) {
        let start = reader.index
        if rootClosed { throw XMLSyntaxError(reason: "Extra content at the end of the document", offset: start) }
        reader.index += 1
        guard let nameRange = reader.readName() else {
            throw XMLSyntaxError(reason: "Invalid element name", offset: reader.index)
        }
        var attributes: [(String, String)] = []
        var seen = AttributeNames()
        while true {
            let spaced = reader.skipSpaces()
            guard let byte = reader.current else {
                throw XMLSyntaxError(reason: "Tag not finished", offset: reader.index)
            }
            if byte == UInt8(ascii: ">") || (byte == UInt8(ascii: "/") && reader.byte(at: reader.index + 1) == UInt8(ascii: ">")) {
                reader.index += byte == UInt8(ascii: ">") ? 1 : 2
                let name = reader.string(nameRange)
                try builder.startElement(name: name, range: nameRange, attributes: attributes, offset: start)
                if byte == UInt8(ascii: "/") { closeElement() }
                return
            }
            guard spaced else {
                throw XMLSyntaxError(reason: "Space required between attributes", offset: reader.index)
            }
            let attribute = try self.attribute()
            guard seen.insert(attribute.name) else {
                throw XMLSyntaxError(reason: "Attribute redefined", offset: reader.index)
            }
            attributes.append(attribute)
        }
    }

    private mutating func attribute() throws(XMLSyntaxError) -> (name: String, value: String) {
        guard let nameRange = reader.readName() else {
            throw XMLSyntaxError(reason: "Malformed attribute", offset: reader.index)
        }
        reader.skipSpaces()
        guard reader.current == UInt8(ascii: "=") else {
            throw XMLSyntaxError(reason: "Attribute without value", offset: reader.index)
        }
        reader.index += 1
        reader.skipSpaces()
        guard let quote = reader.current, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw XMLSyntaxError(reason: "Attribute value must be quoted", offset: reader.index)
        }
        let value = try attributeValue(quote: quote)
        return (reader.string(nameRange), XMLTreeBuilder.trim(value))
    }

    /// A quoted value after the cursor's quote; tabs and line ends become spaces, as in libxml2.
    private mutating func attributeValue(quote: UInt8) throws(XMLSyntaxError) -> String {
        let bytes = reader.bytes
        let count = bytes.count
        let start = reader.index
        var i = start + 1
        var runStart = i
        var decoded: [UInt8] = []
        var plain = true
        while true {
            guard i < count else { throw XMLSyntaxError(reason: "Attribute value not terminated", offset: start) }
            let byte = bytes[i]
            if byte == quote { break }
            switch byte {
            case UInt8(ascii: "<"):
                throw XMLSyntaxError(reason: "Unescaped '<' in attribute value", offset: i)
            case UInt8(ascii: "&"):
                decoded.append(contentsOf: bytes[runStart..<i])
                i = try XMLReferences.decode(bytes, at: i, into: &decoded)
                runStart = i
                plain = false
            case 0x09, 0x0A, 0x0D:
                decoded.append(contentsOf: bytes[runStart..<i])
                decoded.append(0x20)
                i += byte == 0x0D && i + 1 < count && bytes[i + 1] == 0x0A ? 2 : 1
                runStart = i
                plain = false
            default:
                i += 1
            }
        }
        reader.index = i + 1
        if plain { return String(decoding: bytes[runStart..<i], as: UTF8.self) }
        decoded.append(contentsOf: bytes[runStart..<i])
        return String(decoding: decoded, as: UTF8.self)
    }

    private mutating func endTag() throws(XMLSyntaxError) {
        let start = reader.index
        reader.index += 2
        guard let nameRange = reader.readName() else {
            throw XMLSyntaxError(reason: "Invalid end tag name", offset: reader.index)
        }
        reader.skipSpaces()
        guard reader.current == UInt8(ascii: ">") else {
            throw XMLSyntaxError(reason: "'>' expected", offset: reader.index)
        }
        reader.index += 1
        guard let open = builder.openElement else {
            throw XMLSyntaxError(reason: "Closing tag without opening tag", offset: start)
        }
        guard reader.bytesEqual(open.range, nameRange) else {
            throw XMLSyntaxError(reason: "Closing tag does not match opening tag", offset: reader.index)
        }
        closeElement()
    }

    private mutating func closeElement() {
        builder.endElement()
        if builder.depth == 0 { rootClosed = true }
    }

    static func shown(_ name: String) -> String {
        name.count > 40 ? String(name.prefix(40)) + "…" : name
    }
}

/// Attribute names of one start tag. A list is quickest for the usual few; past that a set
/// keeps a tag with thousands of attributes linear.
private struct AttributeNames {
    private var list: [String] = []
    private var set: Set<String>?

    /// Whether `name` was new.
    mutating func insert(_ name: String) -> Bool {
        if set != nil { return set?.insert(name).inserted ?? false }
        if list.contains(name) { return false }
        list.append(name)
        if list.count == 16 {
            set = Set(list)
            list = []
        }
        return true
    }
}
