import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// XML bodies (`text/xml`, `application/xml`, `application/atom+xml`) to parameters, shaped as
/// the original's fast-xml-parser v4 with `ignoreAttributes: false` (upstream-gateway §4.5).
///
/// The document is checked and tokenised by Foundation's `XMLParser` (libxml2); see
/// `XMLTreeBuilder` for the mapping. On Linux `parse()` may return `true` for a broken
/// document, so success also requires no reported error and exactly one closed root element.
enum XMLBodyParser {
    static func parse(_ body: [UInt8]) throws(ParameterParseError) -> JSONObject {
        // Entity declarations are the door to entity-expansion bombs and external reads; no
        // client of an API gateway needs them.
        if XMLMarkupScanner.containsEntityDeclaration(body) {
            throw ParameterParseError("Invalid XML: entity declarations are not allowed")
        }
        let markup = XMLMarkupScanner(body)
        let builder = XMLTreeBuilder(attributeOrder: markup.attributeOrder)
        let parser = XMLParser(data: Data(body))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = builder
        _ = parser.parse()

        if let failure = builder.firstError ?? (parser.parserError as NSError?).map({
            XMLTreeBuilder.Failure(code: $0.code, line: parser.lineNumber, column: parser.columnNumber)
        }) {
            throw ParameterParseError("Invalid XML: \(failure.description)")
        }
        if let open = builder.openElementName {
            throw ParameterParseError(
                "Invalid XML: Unclosed tag \"\(open)\":\(parser.lineNumber):\(parser.columnNumber)")
        }
        guard builder.rootCount == 1 else {
            let empty = body.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            let reason = builder.rootCount == 0 ? (empty ? "Document is empty" : "Start tag expected") : "Multiple root elements"
            throw ParameterParseError("Invalid XML: \(reason):\(parser.lineNumber):\(parser.columnNumber)")
        }

        var result = JSONObject()
        if let declaration = markup.declaration {
            result["?xml"] = XMLTreeBuilder.attributeObject(declaration)
        }
        for (key, value) in builder.document {
            XMLTreeBuilder.add(value, as: key, to: &result)
        }
        return result
    }
}
