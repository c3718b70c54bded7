/// JSON bodies to parameters, with the original's handling of documents that are not objects.
enum JSONBodyParameters {
    /// The body as JSON, or `nil`. Parsed in place: bodies can be large.
    static func document(_ body: [UInt8]) -> JSONValue? {
        body.withUnsafeBufferPointer { bytes in
            try? JSONValue.parse(bytes: bytes, maxDepth: 512)
        }
    }

    /// The original enumerates the document with `for…in`: an object gives its members, an array
    /// `"0"`, `"1"`… and a string one key per character; other values give nothing.
    static func parameters(of document: JSONValue) -> JSONObject {
        switch document {
        case .object(let object):
            return object
        case .array(let items):
            var result = JSONObject(minimumCapacity: items.count)
            for (index, item) in items.enumerated() { result[String(index)] = item }
            return result
        case .string(let string):
            // Per Unicode scalar: JavaScript counts UTF-16 units, which a Swift string cannot
            // split; the two agree for all text outside the astral planes.
            var result = JSONObject(minimumCapacity: string.unicodeScalars.count)
            for (index, scalar) in string.unicodeScalars.enumerated() {
                result[String(index)] = .string(String(scalar))
            }
            return result
        case .null, .bool, .number, .buffer:
            return [:]
        }
    }

    /// `text/plain` bodies must be a JSON object, or a JSON string holding one (webhooks such
    /// as Vimeo's send that). Anything else, invalid JSON included, is the original's
    /// `Invalid JSON: Must be an object` (its wire capture for the body `lol`).
    static func plainTextParameters(of document: JSONValue?) throws(ParameterParseError) -> JSONObject {
        var value = document
        if case .string(let text)? = value {
            value = try? JSONValue.parse(text)
        }
        guard case .object(let object)? = value else {
            throw ParameterParseError("Invalid JSON: Must be an object")
        }
        return object
    }
}
