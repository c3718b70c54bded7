/// Conversion of request values before they are checked.
///
/// Text from a query string, a urlencoded body or under `X-Convert-Strings` is *coerced*; other
/// values only get the buffer format. Both try a union's alternatives in the order written (fixes
/// Q15): the first alternative whose converted value it accepts wins. When none does, the main
/// type's conversion is kept, so the error reports what the main type made of the input.
extension CompiledParameter {
    /// Converts text to the first alternative that accepts the result.
    func coerce(_ value: JSONValue, depth: Int = 0) -> JSONValue {
        guard depth < BufferFormat.maxDepth else { return value }
        if isSingle { return main.coerce(value, depth: depth) }
        var fallback: JSONValue?
        for alternative in alternatives {
            let converted = alternative.coerce(value, depth: depth)
            if alternative.accepts(converted) { return converted }
            if fallback == nil { fallback = converted }
        }
        return fallback ?? value
    }

    /// Applies the buffer format of the first alternative that accepts the result.
    func format(_ value: JSONValue) -> JSONValue {
        if isSingle { return main.format(value) ?? value }
        var fallback: JSONValue?
        for alternative in alternatives {
            let formatted = alternative.format(value) ?? value
            if alternative.accepts(formatted) { return formatted }
            if fallback == nil { fallback = formatted }
        }
        return fallback ?? value
    }
}

extension CompiledType {
    /// The original's `types.format`: `nil` when the value stays as it is.
    func format(_ value: JSONValue) -> JSONValue? {
        switch type {
        case .buffer: return BufferFormat.top(value)
        case .object, .array: return BufferFormat.nested(value)
        default: return nil
        }
    }

    /// The original's `types.convert`, with our number rule and member conversion at every depth.
    func coerce(_ value: JSONValue, depth: Int) -> JSONValue {
        switch type {
        case .string, .enum:
            return value
        case .any:
            return coerceLiteral(value)
        case .number, .float, .integer:
            guard case .string(let text) = value, let number = NumberText.parse(text) else { return value }
            return .number(number)
        case .boolean:
            guard case .string(let text) = value else { return value }
            return Self.coerceBoolean(text)
        case .object:
            let parsed = Self.parsedText(value)
            let formatted = BufferFormat.nested(parsed) ?? parsed
            guard case .object(let object) = formatted, !schemas.isEmpty else { return formatted }
            return coerceMembers(object, depth: depth)
        case .array:
            let parsed = Self.parsedText(value)
            let formatted = BufferFormat.nested(parsed) ?? parsed
            guard case .array(let items) = formatted, let element, !element.coercionIsIdentity else { return formatted }
            return .array(items.map { element.coerce($0, depth: depth + 1) })
        case .buffer:
            let parsed = Self.parsedText(value)
            return BufferFormat.top(parsed) ?? parsed
        case .keyqlLimit:
            guard case .object(var object) = Self.parsedText(value) else { return Self.parsedText(value) }
            for key in ["count", "offset"] {
                if case .string(let text) = object[key], let number = NumberText.parse(text) {
                    object[key] = .number(number)
                }
            }
            return .object(object)
        case .objectHTTP, .keyqlQuery, .keyqlOrder:
            return Self.parsedText(value)
        }
    }

    /// Literal unions (`{"one"|4}`, type `any` with options): text that is not itself an option
    /// becomes the option its JSON reading is, so `?a=4` gives the number 4.
    private func coerceLiteral(_ value: JSONValue) -> JSONValue {
        guard let optionSet, !optionSet.contains(value), case .string(let text) = value,
            let parsed = try? JSONValue.parse(text), optionSet.contains(parsed)
        else { return value }
        return parsed
    }

    /// Members converted with the first schema (in written order) that accepts the result.
    private func coerceMembers(_ object: JSONObject, depth: Int) -> JSONValue {
        var fallback: JSONObject?
        for schema in schemas {
            var converted = object
            for member in schema where !member.coercionIsIdentity {
                guard let index = converted.index(forKey: member.name) else { continue }
                converted.values[index] = member.coerce(converted.values[index], depth: depth + 1)
            }
            if Self.matches(converted, schema: schema) { return .object(converted) }
            if fallback == nil { fallback = converted }
        }
        return .object(fallback ?? object)
    }

    /// `t`/`true` and `f`/`false`, trimmed and case-insensitive; other text stays (lower-cased,
    /// as the original reports it).
    static func coerceBoolean(_ text: String) -> JSONValue {
        switch text {
        case "true", "t": return .bool(true)  // the usual spellings, without trimming or lowercasing
        case "false", "f": return .bool(false)
        default: break
        }
        let scalars = Substring(text).unicodeScalars
        guard let start = scalars.firstIndex(where: { !NumberText.isJSWhitespace($0) }),
            let last = scalars.lastIndex(where: { !NumberText.isJSWhitespace($0) })
        else { return .string("") }
        let word = String(Substring(scalars[start...last])).lowercased()
        switch word {
        case "t", "true": return .bool(true)
        case "f", "false": return .bool(false)
        default: return .string(word)
        }
    }

    /// Text read as JSON; text that is not JSON stays text (and then fails validation).
    static func parsedText(_ value: JSONValue) -> JSONValue {
        guard case .string(let text) = value, let parsed = try? JSONValue.parse(text) else { return value }
        return parsed
    }
}
