import OrderedCollections

/// Builds parameters from the tokenizer's events the way fast-xml-parser v4 (`ignoreAttributes:
/// false`, numbers left as text) shapes a document:
///
/// - an element's children become members, a repeated name an array at its first position;
/// - text is trimmed per run between tags; exactly `true`/`false` become booleans; the text of
///   an element with children goes under `#text`, after the children;
/// - attributes become `@_name` members (values trimmed, always strings) after those;
/// - an element with only text is that text, an empty one `""`;
/// - names are kept verbatim, prefixes and `xmlns` attributes included;
/// - processing instructions become `?target` members with their pseudo-attributes.
///
/// Every step is amortised constant time per byte or event, and nothing recurses, so the
/// document's size and shape cannot make it quadratic or deep.
struct XMLTreeBuilder {
    /// Each name's values in document order. Kept as plain arrays until the element closes:
    /// appending to an array held inside a `JSONValue` in a dictionary copies it, which made
    /// many siblings quadratic.
    typealias Members = OrderedDictionary<String, [JSONValue]>

    private struct Frame {
        var name: String
        /// Where the name is in the body, to match the end tag byte for byte.
        var nameRange: Range<Int>
        var attributes: [(String, String)]
        var children = Members()
        /// All text runs joined (as JavaScript joins them); `firstRun` is used when there is one.
        var text = ""
        var firstRun: JSONValue?
        var runs = 0
    }

    /// Deeper documents are refused: nobody needs them, and the values built are released
    /// recursively.
    static let maxDepth = 256

    private var stack: [Frame] = []
    /// Character data since the last tag, CDATA section or processing instruction.
    var pending: [UInt8] = []
    /// The top level: the declaration, the root element and processing instructions around it.
    private var members = Members()
    private(set) var rootCount = 0

    var document: JSONObject { Self.object(members) }
    var depth: Int { stack.count }
    var openElement: (name: String, range: Range<Int>)? { stack.last.map { ($0.name, $0.nameRange) } }

    mutating func startElement(name: String, range: Range<Int>, attributes: [(String, String)], offset: Int)
        throws(XMLSyntaxError)
    {
        flushText()
        guard stack.count < Self.maxDepth else {
            throw XMLSyntaxError(reason: "Elements nested too deeply", offset: offset)
        }
        if stack.isEmpty { rootCount += 1 }
        stack.append(Frame(name: name, nameRange: range, attributes: attributes))
    }

    mutating func endElement() {
        flushText()
        guard let frame = stack.popLast() else { return }
        let text: JSONValue? = frame.runs == 0 ? nil : frame.runs == 1 ? frame.firstRun : .string(frame.text)
        let value = Self.compress(children: frame.children, text: text, attributes: frame.attributes)
        addToParent(value, as: frame.name)
    }

    /// fast-xml-parser keeps CDATA untrimmed, but still reads `true`/`false`.
    mutating func cdata(_ bytes: ArraySlice<UInt8>) {
        flushText()
        let raw = String(decoding: bytes, as: UTF8.self)
        appendRun(Self.textValue(raw, trimmed: Self.trim(raw)))
    }

    mutating func processingInstruction(target: String, attributes: [(String, String)]) {
        flushText()
        addToParent(Self.compress(children: Members(), text: nil, attributes: attributes), as: "?" + target)
    }

    mutating func declaration(_ attributes: [(String, String)]) {
        members["?xml", default: []].append(Self.compress(children: Members(), text: nil, attributes: attributes))
    }

    private mutating func flushText() {
        guard !pending.isEmpty else { return }
        defer { pending.removeAll(keepingCapacity: true) }
        guard !stack.isEmpty else { return }
        let trimmed = Self.trim(pending)
        if !trimmed.isEmpty { appendRun(Self.textValue(trimmed, trimmed: trimmed)) }
    }

    private mutating func appendRun(_ value: JSONValue) {
        guard !stack.isEmpty else { return }
        let index = stack.count - 1
        stack[index].runs += 1
        switch stack[index].runs {
        case 1:
            stack[index].firstRun = value
        case 2:
            stack[index].text = Self.javaScriptString(stack[index].firstRun) + Self.javaScriptString(value)
        default:
            stack[index].text += Self.javaScriptString(value)
        }
    }

    private static func javaScriptString(_ value: JSONValue?) -> String {
        switch value {
        case .bool(let flag)?: return flag ? "true" : "false"
        case .string(let string)?: return string
        default: return ""
        }
    }

    private mutating func addToParent(_ value: JSONValue, as name: String) {
        if stack.isEmpty {
            members[name, default: []].append(value)
        } else {
            stack[stack.count - 1].children[name, default: []].append(value)
        }
    }

    /// A name seen once is its value; a repeated one an array at its first position.
    private static func object(_ members: Members) -> JSONObject {
        var object = JSONObject(minimumCapacity: members.count)
        for (name, values) in members {
            if values.count == 1, let only = values.first {
                object[name] = only
            } else {
                object[name] = .array(values)
            }
        }
        return object
    }

    static func compress(children: Members, text: JSONValue?, attributes: [(String, String)]) -> JSONValue {
        if children.isEmpty, attributes.isEmpty {
            guard let text else { return .string("") }
            return text
        }
        var members = object(children)
        if let text, text != .string("") { members["#text"] = text }
        if attributes.isEmpty {
            if members.count == 1, let only = members["#text"] { return only }
            if members.isEmpty { return .string("") }
            return .object(members)
        }
        for (name, value) in attributes { members["@_" + name] = .string(value) }
        return .object(members)
    }

    private static func textValue(_ text: String, trimmed: String) -> JSONValue {
        switch trimmed {
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: return .string(text)
        }
    }

    /// `trim(_: String)` of the UTF-8 `bytes`, without looking at Unicode properties when the
    /// text starts and ends in ASCII (almost always).
    static func trim(_ bytes: [UInt8]) -> String {
        var lower = 0
        var upper = bytes.count
        while lower < upper, XMLByteReader.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, XMLByteReader.isSpace(bytes[upper - 1]) { upper -= 1 }
        let text = String(decoding: bytes[lower..<upper], as: UTF8.self)
        guard lower < upper, bytes[lower] < 0x80, bytes[upper - 1] < 0x80 else { return trim(text) }
        return text
    }

    /// JavaScript's `trim()`, which fast-xml-parser applies: Unicode white space and U+FEFF.
    static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        guard let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    private static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xFEFF || scalar.properties.isWhitespace
    }
}
