/// Request bodies to parameters, by Content-Type (upstream-gateway §4.1–4.2, SPEC §3).
public enum BodyParser {
    /// `method` is "GET"/"POST"/...; for GET and DELETE the body is parsed as urlencoded
    /// whatever the header says (§4.1).
    ///
    /// Other methods need a `Content-Type` (even with an empty body, as the original). JSON,
    /// urlencoded, multipart/form-data, XML and `text/plain` JSON bodies give parameters;
    /// other types are ignored without error. Never traps, whatever the bytes.
    public static func parse(
        method: String, contentType: String?, body: [UInt8], convertStrings: Bool
    ) throws(ParameterParseError) -> ParsedBody {
        if isURLEncodedMethod(method) {
            guard !body.isEmpty else { return ParsedBody(convertible: true) }
            return ParsedBody(
                parameters: try urlencoded(body), convertible: true, json: JSONBodyParameters.document(body))
        }
        guard let contentType else {
            throw ParameterParseError("Must supply \"Content-Type\" header")
        }
        guard !body.isEmpty else { return ParsedBody(convertible: convertStrings) }

        let type = ContentType(contentType)
        switch type.mediaType {
        case "application/x-www-form-urlencoded":
            return ParsedBody(
                parameters: try urlencoded(body), convertible: true, json: JSONBodyParameters.document(body))
        case "application/json", "text/json":
            guard let document = JSONBodyParameters.document(body) else {
                throw ParameterParseError("Invalid JSON")
            }
            return ParsedBody(
                parameters: JSONBodyParameters.parameters(of: document), convertible: convertStrings,
                json: document)
        case "text/plain":
            let document = JSONBodyParameters.document(body)
            return ParsedBody(
                parameters: try JSONBodyParameters.plainTextParameters(of: document),
                convertible: convertStrings, json: document)
        case "multipart/form-data":
            return ParsedBody(
                parameters: try MultipartBodyParser.parse(body, contentType: type), convertible: convertStrings)
        case "text/xml", "application/xml", "application/atom+xml":
            return ParsedBody(parameters: try XMLBodyParser.parse(body), convertible: convertStrings)
        default:
            return ParsedBody(convertible: convertStrings, json: JSONBodyParameters.document(body))
        }
    }

    /// `method.uppercased()` is GET or DELETE; the usual spellings are answered without
    /// uppercasing (non-ASCII letters can uppercase to ASCII ones: `ı` is `I`).
    static func isURLEncodedMethod(_ method: String) -> Bool {
        switch method {
        case "GET", "DELETE": return true
        case "POST", "PUT": return false
        default:
            let upper = method.uppercased()
            return upper == "GET" || upper == "DELETE"
        }
    }

    private static func urlencoded(_ body: [UInt8]) throws(ParameterParseError) -> JSONObject {
        try body.withUnsafeBufferPointer { bytes in
            Result { () throws(ParameterParseError) in try QueryStringParser.parse(bytes: bytes) }
        }.get()
    }
}
