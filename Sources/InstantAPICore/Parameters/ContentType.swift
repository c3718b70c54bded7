/// A `Content-Type` header value, compared the way SPEC §3 asks: case-insensitive, trimmed,
/// parameters such as `charset` ignored for the match.
struct ContentType: Sendable, Hashable {
    /// The media type in lowercase, without parameters: `application/json`.
    let mediaType: String
    /// Everything after the first `;`.
    let parameterText: Substring

    init(_ header: String) {
        let semicolon = header.firstIndex(of: ";")
        mediaType = Self.trimmed(header[..<(semicolon ?? header.endIndex)]).lowercased()
        parameterText = semicolon.map { header[header.index(after: $0)...] } ?? ""
    }

    /// The value of parameter `name` (case-insensitive), unquoted.
    func parameter(_ name: String) -> String? {
        HeaderParameters.value(of: name, in: parameterText)
    }

    /// `text` without leading and trailing whitespace. Index-based: this runs for every request
    /// with a body, and the reversed-collection version showed up in profiles.
    static func trimmed(_ text: Substring) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }
}

/// `; key=value; key2="quoted \" value"` parameters of a header such as `Content-Type` or
/// `Content-Disposition`.
enum HeaderParameters {
    static func value(of name: String, in text: Substring) -> String? {
        var rest = text[...]
        while !rest.isEmpty {
            rest = rest.drop { $0 == ";" || $0.isWhitespace }
            let keyEnd = rest.firstIndex { $0 == "=" || $0 == ";" } ?? rest.endIndex
            let key = ContentType.trimmed(rest[..<keyEnd]).lowercased()
            rest = rest[keyEnd...]
            guard rest.first == "=" else { continue }
            rest = rest.dropFirst().drop(while: \.isWhitespace)
            let value: String
            if rest.first == "\"" {
                (value, rest) = quoted(rest.dropFirst())
            } else {
                let end = rest.firstIndex(of: ";") ?? rest.endIndex
                value = ContentType.trimmed(rest[..<end])
                rest = rest[end...]
            }
            if key == name.lowercased() { return value }
        }
        return nil
    }

    /// A quoted string after its opening quote, and the text after its closing quote.
    private static func quoted(_ text: Substring) -> (String, Substring) {
        var value = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            if character == "\"" { return (value, text[index...]) }
            if character == "\\", index < text.endIndex {
                value.append(text[index])
                index = text.index(after: index)
            } else {
                value.append(character)
            }
        }
        return (value, text[index...])
    }
}
