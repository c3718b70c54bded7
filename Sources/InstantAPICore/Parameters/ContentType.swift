/// A `Content-Type` header value, compared the way SPEC §3 asks: case-insensitive, trimmed,
/// parameters such as `charset` ignored for the match.
struct ContentType: Sendable, Hashable {
    /// The media type in lowercase, without parameters: `application/json`.
    let mediaType: String
    /// Everything after the first `;`.
    let parameterText: Substring

    init(_ header: String) {
        if let ascii = Self.parseASCII(header) {
            self = ascii
            return
        }
        self.init(characters: header)
    }

    /// The general reading, by Characters: needed for non-ASCII text, where a combining mark
    /// joins the `;` or the whitespace before it and `lowercased()` is Unicode-aware.
    init(characters header: String) {
        let semicolon = header.firstIndex(of: ";")
        mediaType = Self.trimmed(header[..<(semicolon ?? header.endIndex)]).lowercased()
        parameterText = semicolon.map { header[header.index(after: $0)...] } ?? ""
    }

    private init(mediaType: String, parameterText: Substring) {
        self.mediaType = mediaType
        self.parameterText = parameterText
    }

    /// The media types requests name, as literals: matching one avoids building a string.
    private static let knownMediaTypes: [String] = [
        "application/json", "application/x-www-form-urlencoded", "multipart/form-data", "text/plain",
        "text/json", "text/xml", "application/xml", "application/atom+xml", "application/octet-stream",
    ]

    /// The same result as the Character path for all-ASCII headers (where every byte is one
    /// Character, but for CR LF, whitespace either way), read from the UTF-8 bytes: this runs
    /// for every request with a body. `nil` when the header has a non-ASCII byte.
    private static func parseASCII(_ header: String) -> ContentType? {
        let parsed = header.utf8.withContiguousStorageIfAvailable { bytes -> (String, Int?)? in
            var semicolon: Int?
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 { return nil }
                if semicolon == nil, byte == UInt8(ascii: ";") { semicolon = index }
            }
            var start = 0
            var end = semicolon ?? bytes.count
            while start < end, isASCIIWhitespace(bytes[start]) { start += 1 }
            while end > start, isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
            return (lowercasedMediaType(UnsafeBufferPointer(rebasing: bytes[start..<end])), semicolon)
        }
        guard let (mediaType, semicolon) = parsed ?? nil else { return nil }
        guard let semicolon else { return ContentType(mediaType: mediaType, parameterText: "") }
        let utf8 = header.utf8
        let afterSemicolon = utf8.index(utf8.startIndex, offsetBy: semicolon + 1)
        return ContentType(mediaType: mediaType, parameterText: header[afterSemicolon...])
    }

    /// ASCII-lowercased text: a known media type's literal when it is one, else a new string.
    private static func lowercasedMediaType(_ text: UnsafeBufferPointer<UInt8>) -> String {
        for known in knownMediaTypes where known.utf8.count == text.count {
            let equal = known.utf8.withContiguousStorageIfAvailable { literal in
                for index in 0..<text.count where asciiLowercased(text[index]) != literal[index] { return false }
                return true
            }
            if equal == true { return known }
        }
        return String(unsafeUninitializedCapacity: text.count) { buffer in
            for index in 0..<text.count { buffer[index] = asciiLowercased(text[index]) }
            return text.count
        }
    }

    @inline(__always)
    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// `Character.isWhitespace` for ASCII: tab, line feed, vertical tab, form feed, CR, space.
    @inline(__always)
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
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
