import InstantAPICore

/// An `object.http` value turned into a response: status, merged headers, body (upstream-gateway
/// §7.2-7.3). The value was already checked against `@returns`.
enum HTTPResponseValue {
    /// The response, or an `InvalidResponseHeaderError` response that keeps the valid headers.
    /// `defaultStatus` applies when the value has no `statusCode`.
    static func build(_ value: JSONValue, gatewayHeaders: HeaderBag, defaultStatus: Int = 200, factory: ResponseFactory)
        -> Result<OutgoingResponse, ResponseFailure>
    {
        let object = value.objectValue ?? [:]
        var headers = gatewayHeaders
        var invalid = JSONObject()
        for (rawName, headerValue) in object["headers"]?.objectValue ?? [:] {
            let name = rawName.lowercased()
            if let problem = nameProblem(name) {
                invalid[name] = ["message": .string(problem), "invalid": true]
                continue
            }
            guard let text = text(of: headerValue) else {
                invalid[name] = [
                    "message": .string("The value of your \"\(name)\" response header is missing or invalid"),
                    "invalid": true,
                ]
                continue
            }
            if name.hasPrefix("x-"), gatewayHeaders[name] != nil { continue }
            headers.set(name, text)
        }
        let body: [UInt8]
        switch object["body"] {
        case .string(let text)?:
            body = Array(text.utf8)
            headers.setDefault("content-type", "text/plain")
        case .buffer(let bytes)?:
            body = bytes
            headers.setDefault("content-type", "text/html")
        default:
            body = []
        }
        if !invalid.isEmpty {
            headers.set("content-type", "application/json")
            let error = GatewayError(
                .invalidResponseHeaderError, "Your service returned invalid response headers", details: .object(invalid))
            return .failure(ResponseFailure(error: error, headers: headers))
        }
        let status = object["statusCode"]?.numberValue.map { Int($0) } ?? defaultStatus
        let formatted = factory.formatted(body, contentType: headers["content-type"])
        return .success(OutgoingResponse(status: status, headers: headers, body: formatted))
    }

    /// Upstream's name checks: no whitespace, then only `[A-Za-z0-9_-]`.
    static func nameProblem(_ name: String) -> String? {
        if name.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
            return "Response header name \"\(name)\" may not contain space characters"
        }
        let allowed = !name.isEmpty && name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x5F
        }
        return allowed ? nil : "Response header name \"\(name)\" must only contain alphanumeric values, - and _"
    }

    /// Strings, numbers and booleans are header values; anything else is invalid.
    static func text(of value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .number: return value.jsonString()
        default: return nil
        }
    }
}
