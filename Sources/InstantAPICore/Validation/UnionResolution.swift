/// The verdict on one top-level value (a parameter, a return value, a stream payload).
///
/// A value is accepted when an alternative accepts it fully. Otherwise, when some alternative has
/// the right type and only its own top-level range, size or `object.http` property fails, that is
/// reported the original's way, as `{"message": "must be …", "invalid": true}`. Everything else,
/// including constraints broken deeper inside, is an invalid value whose `mismatch` points at
/// the nested path.
enum UnionResolution: Equatable {
    /// `alternative` is `nil` when `null` was accepted because the value is nullable.
    case accepted(alternative: CompiledType?)
    case brokenConstraint(message: String)
    case invalid

    static func == (a: UnionResolution, b: UnionResolution) -> Bool {
        switch (a, b) {
        case (.accepted(let x), .accepted(let y)): return x === y
        case (.brokenConstraint(let x), .brokenConstraint(let y)): return x == y
        case (.invalid, .invalid): return true
        default: return false
        }
    }
}

extension CompiledParameter {
    func resolve(_ value: JSONValue) -> UnionResolution {
        if isNullable, value.isNull { return .accepted(alternative: nil) }
        for alternative in alternatives where alternative.accepts(value) {
            return .accepted(alternative: alternative)
        }
        for alternative in alternatives where alternative.matchesType(value) {
            if let message = alternative.constraintFailure(value) { return .brokenConstraint(message: message) }
        }
        return .invalid
    }

    /// The value the endpoint receives once `alternative` accepted it: an enum key becomes its
    /// member value, a KeyQL limit gets its defaults, an `object.http` body its buffer format.
    func finalize(_ value: JSONValue, acceptedBy alternative: CompiledType?, defaultValue: JSONValue?) -> JSONValue {
        guard let alternative else {
            // A nullable enum maps `null` to its default, as the original does.
            return type == .enum ? (defaultValue ?? .null) : value
        }
        switch alternative.type {
        case .enum:
            guard case .string(let key) = value, let member = alternative.members[key] else { return value }
            return member
        case .keyqlLimit:
            return KeyQL.filledLimit(value)
        case .objectHTTP:
            guard case .object(var object) = value, let body = object["body"],
                let buffer = BufferFormat.top(body)
            else { return value }
            object["body"] = buffer
            return .object(object)
        default:
            return value
        }
    }
}
