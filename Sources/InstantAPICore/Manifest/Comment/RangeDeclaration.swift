/// A numeric range, inline `{a,b}` or as text `{:} [a, b]` (upstream-parser-types §6.4).
enum RangeDeclaration {
    /// `inline` wins over `text`. `suffix` is the type's `{…}` text, which the messages quote
    /// (`:` when there is none).
    static func parse(
        inline: (min: Double?, max: Double?)?, text: String, suffix: String?, type: ParameterType, name: String
    ) throws(ManifestError) -> NumericRange? {
        guard inline != nil || !text.isEmpty else { return nil }
        let label = "Range {\(suffix.flatMap { $0.isEmpty ? nil : $0 } ?? ":")}"
        guard type.allowsRange else {
            throw ManifestError("\(label) not allowed for type \"\(type.name)\" on parameter \"\(name)\"")
        }
        let span: [JSONValue]
        let quoted: String
        if let inline {
            span = [inline.min.map(JSONValue.number) ?? .null, inline.max.map(JSONValue.number) ?? .null]
            quoted = CommentText.arrayString(span)
        } else if case .array(let list)? = try? JSONValue.parse(text) {
            span = list
            quoted = text
        } else {
            throw ManifestError("\(label) \"\(name)\" invalid, expecting array [min, max] (\"\(text)\")")
        }
        for value in span where !accepts(type, value) {
            throw ManifestError("\(label) \"\(name)\", type mismatch for type \(type.name) (\"\(quoted)\")")
        }
        guard span.count == 2 else {
            throw ManifestError("\(label) \"\(name)\" invalid length, expecting array [min, max] (\"\(quoted)\")")
        }
        let min = span[0].numberValue
        let max = span[1].numberValue
        if let min, let max, min > max {
            throw ManifestError(
                "\(label) \"\(name)\" invalid, max must be greater than min in [min, max] (\"\(quoted)\")")
        }
        if type == .keyqlLimit, (min ?? 0) < 0 || (max ?? 0) < 0 {
            throw ManifestError(
                "\(label) \"\(name)\" invalid value, [min, max] must both be greater than or equal to 0 (\"\(quoted)\")")
        }
        guard min != nil || max != nil else { return nil }
        return NumericRange(min: min, max: max)
    }

    /// `types.validate(type, v, true)`; a KeyQL limit's bounds are integers.
    private static func accepts(_ type: ParameterType, _ value: JSONValue) -> Bool {
        guard case .number(let n) = value else { return value == .null }
        switch type {
        case .number, .float: return !n.isNaN
        case .integer, .keyqlLimit: return OptionsDeclaration.isSafeInteger(n)
        default: return false
        }
    }
}
