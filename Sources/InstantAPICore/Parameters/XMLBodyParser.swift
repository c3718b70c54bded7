/// XML bodies (`text/xml`, `application/xml`, `application/atom+xml`) to parameters, shaped as
/// the original's fast-xml-parser v4 with `ignoreAttributes: false` (upstream-gateway §4.5).
///
/// A pure-Swift, single-pass parser over the bytes (`XMLTokenizer`, shaped by
/// `XMLTreeBuilder`): libxml2, behind Foundation's `XMLParser`, crashed on some hostile bodies.
/// Time and memory are linear in the body size, and no input can trap, recurse deeply or loop.
enum XMLBodyParser {
    static func parse(_ body: [UInt8]) throws(ParameterParseError) -> JSONObject {
        let start: Int
        do throws(XMLSyntaxError) {
            start = try XMLEncodingCheck.check(body)
        } catch {
            throw failure(error, in: body)
        }
        // Entity declarations are the door to entity-expansion bombs and external reads; no
        // client of an API gateway needs them. Refused wherever they appear, even in a comment,
        // so that no skipping logic can be tricked into reading one.
        if XMLByteReader(body).find("<!ENTITY", from: start) != nil {
            throw ParameterParseError("Invalid XML: entity declarations are not allowed")
        }
        do throws(XMLSyntaxError) {
            var tokenizer = XMLTokenizer(body, from: start)
            return try tokenizer.parse()
        } catch {
            throw failure(error, in: body)
        }
    }

    private static func failure(_ error: XMLSyntaxError, in body: [UInt8]) -> ParameterParseError {
        let position = XMLByteReader.position(of: error.offset, in: body)
        return ParameterParseError("Invalid XML: \(error.reason):\(position.line):\(position.column)")
    }
}
