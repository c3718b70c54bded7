import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Builds parameters from `XMLParser` events the way fast-xml-parser v4 (`ignoreAttributes:
/// false`, numbers left as text) shapes a document:
///
/// - an element's children become members, a repeated name an array at its first position;
/// - text is trimmed per run between tags; exactly `true`/`false` become booleans; the text of
///   an element with children goes under `#text`, after the children;
/// - attributes become `@_name` members (values trimmed, always strings) after those;
/// - an element with only text is that text, an empty one `""`;
/// - names are kept verbatim, prefixes and `xmlns` attributes included;
/// - processing instructions become `?target` members with their pseudo-attributes.
final class XMLTreeBuilder: NSObject, XMLParserDelegate {
    struct Failure {
        var code: Int
        var line: Int
        var column: Int

        var description: String { "\(XMLErrorText.text(for: code)):\(line):\(column)" }
    }

    private struct Frame {
        var name: String
        var attributes: [(String, String)]
        var children = JSONObject()
        var text: JSONValue?
        var pending = ""
    }

    private let attributeOrder: [[String]]
    private var startedElements = 0
    private var stack: [Frame] = []
    /// The top level: the root element and any processing instructions around it.
    private(set) var document = JSONObject()
    private(set) var rootCount = 0
    private(set) var firstError: Failure?

    /// Deeper documents are refused rather than followed: the tree is rebuilt recursively.
    static let maxDepth = 256

    init(attributeOrder: [[String]]) {
        self.attributeOrder = attributeOrder
    }

    var openElementName: String? { stack.last?.name }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        flushText()
        if stack.isEmpty { rootCount += 1 }
        let order = startedElements < attributeOrder.count ? attributeOrder[startedElements] : []
        startedElements += 1
        guard stack.count < Self.maxDepth else {
            recordError(Failure(code: -1, line: parser.lineNumber, column: parser.columnNumber), parser)
            return
        }
        stack.append(Frame(name: elementName, attributes: Self.ordered(attributeDict, by: order)))
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        flushText()
        guard let frame = stack.popLast() else { return }
        let value = Self.compress(children: frame.children, text: frame.text, attributes: frame.attributes)
        addToParent(value, as: frame.name)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].pending += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty else { return }
        flushText()
        // fast-xml-parser keeps CDATA untrimmed, but still reads `true`/`false`.
        appendText(Self.textValue(String(decoding: CDATABlock, as: UTF8.self)))
    }

    func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
        flushText()
        let attributes = XMLMarkupScanner.pseudoAttributes(in: Array((data ?? "").utf8))
        addToParent(Self.compress(children: [:], text: nil, attributes: attributes), as: "?" + target)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        recordError(
            Failure(code: (parseError as NSError).code, line: parser.lineNumber, column: parser.columnNumber), parser)
    }

    func parser(_ parser: XMLParser, validationErrorOccurred validationError: Error) {
        recordError(
            Failure(code: (validationError as NSError).code, line: parser.lineNumber, column: parser.columnNumber),
            parser)
    }

    private func recordError(_ failure: Failure, _ parser: XMLParser) {
        if firstError == nil { firstError = failure }
        parser.abortParsing()
    }

    private func flushText() {
        guard !stack.isEmpty, !stack[stack.count - 1].pending.isEmpty else { return }
        let trimmed = stack[stack.count - 1].pending.trimmingCharacters(in: .whitespacesAndNewlines)
        stack[stack.count - 1].pending = ""
        if !trimmed.isEmpty { appendText(Self.textValue(trimmed)) }
    }

    private func appendText(_ value: JSONValue) {
        guard !stack.isEmpty else { return }
        let index = stack.count - 1
        if let existing = stack[index].text {
            stack[index].text = .string(Self.javaScriptString(existing) + Self.javaScriptString(value))
        } else {
            stack[index].text = value
        }
    }

    private func addToParent(_ value: JSONValue, as name: String) {
        if stack.isEmpty {
            Self.add(value, as: name, to: &document)
        } else {
            Self.add(value, as: name, to: &stack[stack.count - 1].children)
        }
    }

    /// A second element of the same name turns the member into an array.
    static func add(_ value: JSONValue, as name: String, to object: inout JSONObject) {
        guard let index = object.index(forKey: name) else {
            object[name] = value
            return
        }
        switch object.values[index] {
        case .array(var items):
            object.values[index] = .null
            items.append(value)
            object.values[index] = .array(items)
        case let existing:
            object.values[index] = .array([existing, value])
        }
    }

    static func compress(children: JSONObject, text: JSONValue?, attributes: [(String, String)]) -> JSONValue {
        var members = children
        if let text, text != .string("") { members["#text"] = text }
        if attributes.isEmpty {
            if members.count == 1, let only = members["#text"] { return only }
            if members.isEmpty { return .string("") }
            return .object(members)
        }
        for (name, value) in attributes { members["@_" + name] = .string(value) }
        return .object(members)
    }

    static func attributeObject(_ attributes: [(String, String)]) -> JSONValue {
        compress(children: [:], text: nil, attributes: attributes)
    }

    private static func textValue(_ text: String) -> JSONValue {
        switch text.trimmingCharacters(in: .whitespacesAndNewlines) {
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: return .string(text)
        }
    }

    private static func javaScriptString(_ value: JSONValue) -> String {
        switch value {
        case .bool(let flag): return flag ? "true" : "false"
        case .string(let string): return string
        default: return ""
        }
    }

    /// `XMLParser` hands attributes over as an unordered dictionary; the scanner recorded the
    /// document order, which is visible in the parameters' key order.
    private static func ordered(_ attributes: [String: String], by order: [String]) -> [(String, String)] {
        guard !attributes.isEmpty else { return [] }
        var result: [(String, String)] = []
        result.reserveCapacity(attributes.count)
        for name in order {
            if let value = attributes[name] { result.append((name, trim(value))) }
        }
        if result.count < attributes.count {
            let known = Set(order)
            for (name, value) in attributes.sorted(by: { $0.key < $1.key }) where !known.contains(name) {
                result.append((name, trim(value)))
            }
        }
        return result
    }

    private static func trim(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
