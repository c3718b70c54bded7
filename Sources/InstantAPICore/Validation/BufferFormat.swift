/// The original's buffer format (`types.format`): a single-key `{"_base64": string}` or
/// `{"_bytes": [numbers]}` object stands for binary data.
///
/// The rewriting functions return `nil` when nothing changes, so a value without buffers is never
/// copied on the request path.
enum BufferFormat {
    /// Deeper values are left alone; parsed JSON is at most 512 levels deep anyway.
    static let maxDepth = 600

    /// The bytes of a buffer, or of an object in the buffer format.
    static func bytes(of value: JSONValue) -> [UInt8]? {
        switch value {
        case .buffer(let bytes): return bytes
        case .object(let object): return bytes(ofObject: object)
        default: return nil
        }
    }

    private static func bytes(ofObject object: JSONObject) -> [UInt8]? {
        guard object.count == 1, let (key, member) = object.elements.first else { return nil }
        switch (key, member) {
        case ("_base64", .string(let text)): return Base64.decode(text)
        case ("_bytes", .array(let items)): return items.map(byte)
        default: return nil
        }
    }

    /// `parseInt` of one `_bytes` entry, clamped to 0...255 as the original does; not a number is 0.
    private static func byte(_ item: JSONValue) -> UInt8 {
        let n: Double
        switch item {
        case .number(let value): n = value
        case .string(let text): n = JSParseInt.parse(text) ?? 0
        default: n = 0
        }
        guard !n.isNaN else { return 0 }
        return UInt8(max(0, min(255, n.rounded(.towardZero))))
    }

    /// The value itself converted, when it is in the buffer format.
    static func top(_ value: JSONValue) -> JSONValue? {
        guard case .object(let object) = value, let bytes = bytes(ofObject: object) else { return nil }
        return .buffer(bytes)
    }

    /// The value and everything inside it converted (array elements, object members).
    static func deep(_ value: JSONValue, depth: Int = 0) -> JSONValue? {
        if let converted = top(value) { return converted }
        return nested(value, depth: depth)
    }

    /// Everything inside the value converted, but not the value itself: the object and array format.
    static func nested(_ value: JSONValue, depth: Int = 0) -> JSONValue? {
        guard depth < maxDepth else { return nil }
        switch value {
        case .array(let items):
            var result: [JSONValue]?
            for index in items.indices {
                guard let converted = deep(items[index], depth: depth + 1) else { continue }
                if result == nil { result = items }
                result?[index] = converted
            }
            return result.map(JSONValue.array)
        case .object(let object):
            var result: JSONObject?
            for index in object.elements.indices {
                guard let converted = deep(object.values[index], depth: depth + 1) else { continue }
                if result == nil { result = object }
                result?.values[index] = converted
            }
            return result.map(JSONValue.object)
        default:
            return nil
        }
    }
}

/// JavaScript's `parseInt(text)` for base 10: leading whitespace, a sign, then the leading digits.
enum JSParseInt {
    static func parse(_ text: String) -> Double? {
        var scalars = Substring(text).unicodeScalars.drop(while: { NumberText.isJSWhitespace($0) })
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" {
            negative = first == "-"
            scalars = scalars.dropFirst()
        }
        var result = 0.0
        var sawDigit = false
        for scalar in scalars {
            let code = scalar.value
            guard code >= 0x30, code <= 0x39 else { break }
            result = result * 10 + Double(code - 0x30)
            sawDigit = true
        }
        guard sawDigit else { return nil }
        return negative ? -result : result
    }
}

extension JSONValue {
    /// The bytes of a buffer, or of a mocked buffer (`{"_base64": …}`, `{"_bytes": […]}`), else `nil`.
    public var bufferBytes: [UInt8]? { BufferFormat.bytes(of: self) }
}
