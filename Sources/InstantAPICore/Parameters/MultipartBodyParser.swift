import MultipartKit

/// `multipart/form-data` bodies to parameters (upstream-gateway §4.4 with the SPEC §3 fixes).
///
/// Parts are split by MultipartKit, so values are binary-safe (the original cut them at the
/// first blank line). Text parts (`text/plain` or no Content-Type) are UTF-8 strings,
/// `application/json` parts are parsed, anything else is a buffer. A repeated name keeps the
/// last value; a part without a name is refused.
enum MultipartBodyParser {
    static func parse(_ body: [UInt8], contentType: ContentType) throws(ParameterParseError) -> JSONObject {
        guard let boundary = contentType.parameter("boundary"), !boundary.isEmpty else {
            throw ParameterParseError("Bad multipart/form-data header: no multipart boundary")
        }
        let delimiter = Array("--\(boundary)".utf8)
        let closing = delimiter + Array("--".utf8)
        // MultipartKit expects a part after the first delimiter; a form with no fields is only
        // the closing delimiter.
        if startsWithClosing(body, closing) { return [:] }
        guard contains(body, closing) else {
            throw ParameterParseError("Invalid multipart/form-data body: no closing boundary")
        }

        // MultipartKit 4.7.1 traps on a header-name byte >= 0x80 (it indexes a 128-entry
        // table with it); such a body is malformed anyway, so refuse it before it gets there.
        guard !hasNonASCIIHeaderName(body, after: delimiter) else {
            throw ParameterParseError("Invalid multipart/form-data body")
        }

        let collector = PartCollector()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in collector.headers.append((name, value)) }
        parser.onBody = { chunk in collector.body.append(contentsOf: chunk.readableBytesView) }
        parser.onPartComplete = { collector.completePart() }
        do {
            try parser.execute(body)
        } catch {
            throw ParameterParseError("Invalid multipart/form-data body")
        }
        guard collector.headers.isEmpty, collector.body.isEmpty else {
            throw ParameterParseError("Invalid multipart/form-data body: unterminated part")
        }

        var parameters = JSONObject(minimumCapacity: collector.parts.count)
        for part in collector.parts {
            let (name, value) = try parameter(for: part)
            parameters[name] = value
        }
        return parameters
    }

    private static func parameter(for part: Part) throws(ParameterParseError) -> (String, JSONValue) {
        let disposition = part.header("content-disposition")
        guard let disposition, let name = HeaderParameters.value(of: "name", in: disposition[...]) else {
            throw ParameterParseError(
                "Invalid multipart form-data: every part needs a \"name\" in its Content-Disposition header")
        }
        let mediaType = part.header("content-type").map { ContentType($0).mediaType }
        switch mediaType {
        case nil, "text/plain":
            return (name, .string(String(decoding: part.body, as: UTF8.self)))
        case "application/json":
            guard let document = JSONBodyParameters.document(part.body) else {
                throw ParameterParseError("Invalid multipart form-data with key: \(name)")
            }
            return (name, document)
        default:
            return (name, .buffer(part.body))
        }
    }

    private struct Part {
        var headers: [(String, String)]
        var body: [UInt8]

        /// Header names are case-insensitive; the first occurrence wins.
        func header(_ name: String) -> String? {
            headers.first { $0.0.lowercased() == name }?.1
        }
    }

    /// Gathers the parser's callbacks; local to one parse.
    private final class PartCollector {
        var headers: [(String, String)] = []
        var body: [UInt8] = []
        var parts: [Part] = []

        func completePart() {
            parts.append(Part(headers: headers, body: body))
            headers = []
            body = []
        }
    }

    /// Checks the header names of every header block MultipartKit could read: one follows each
    /// `--boundary` + CRLF (a superset of the real delimiters). A name runs to `:`, a value to CR.
    static func hasNonASCIIHeaderName(_ body: [UInt8], after delimiter: [UInt8]) -> Bool {
        guard let first = delimiter.first, body.count >= delimiter.count else { return false }
        var index = 0
        while index + delimiter.count <= body.count {
            if body[index] == first, body[index..<(index + delimiter.count)].elementsEqual(delimiter) {
                var position = index + delimiter.count
                if position + 1 < body.count, body[position] == 0x0D, body[position + 1] == 0x0A {
                    position += 2
                    if headerBlockHasNonASCIIName(body, from: position) { return true }
                }
            }
            index += 1
        }
        return false
    }

    private static func headerBlockHasNonASCIIName(_ body: [UInt8], from start: Int) -> Bool {
        var position = start
        while position < body.count {
            // The name: up to `:`; a CR ends the block (empty name) or is a syntax error.
            var nameLength = 0
            while position < body.count, body[position] != UInt8(ascii: ":"), body[position] != 0x0D {
                if body[position] >= 0x80 { return true }
                position += 1
                nameLength += 1
            }
            guard position < body.count, body[position] == UInt8(ascii: ":"), nameLength > 0 else { return false }
            while position < body.count, body[position] != 0x0D { position += 1 }
            position += 2
        }
        return false
    }

    private static func startsWithClosing(_ body: [UInt8], _ closing: [UInt8]) -> Bool {
        var start = 0
        while start < body.count, body[start] == 0x0D || body[start] == 0x0A { start += 1 }
        return body.count - start >= closing.count && body[start..<(start + closing.count)].elementsEqual(closing)
    }

    private static func contains(_ body: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, body.count >= needle.count else { return false }
        var index = 0
        let last = body.count - needle.count
        while index <= last {
            if body[index] == first, body[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
