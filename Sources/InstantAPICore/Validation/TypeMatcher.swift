/// Whether values satisfy compiled types.
///
/// Unlike the original (Q10, Q11), options, ranges and sizes count everywhere: on alternate
/// types and at every depth of a schema. Only the top level splits a failure into "wrong type"
/// and "broken constraint", to keep the original's two error shapes (see `UnionResolution`).
extension CompiledParameter {
    /// The value satisfies one alternative of the union, constraints included.
    func accepts(_ value: JSONValue) -> Bool {
        if isNullable, value.isNull { return true }
        for alternative in alternatives where alternative.accepts(value) { return true }
        return false
    }

    /// The rule for a schema member or array element: an optional member is also nullable.
    func acceptsMember(_ value: JSONValue) -> Bool {
        if isOptional, value.isNull { return true }
        return accepts(value)
    }
}

extension CompiledType {
    /// The value has this type and meets every constraint, at this level and below.
    func accepts(_ value: JSONValue) -> Bool {
        matchesType(value) && constraintFailure(value) == nil
    }

    /// The value has this type, matches the options, members or schemas, and every nested value is
    /// fully accepted; this level's own range, size and `object.http` properties are not checked.
    func matchesType(_ value: JSONValue) -> Bool {
        switch type {
        case .string:
            guard case .string = value else { return false }
            return optionsContain(value)
        case .number, .float:
            guard case .number(let n) = value, !n.isNaN else { return false }
            return optionsContain(value)
        case .integer:
            guard case .number(let n) = value, JSNumber.isSafeInteger(n) else { return false }
            return optionsContain(value)
        case .boolean:
            guard case .bool = value else { return false }
            return true
        case .enum:
            guard case .string(let key) = value else { return false }
            return members[key] != nil
        case .object:
            guard case .object(let object) = value else { return false }
            return matchesSchemas(object)
        case .array:
            guard case .array(let items) = value else { return false }
            guard let element else { return true }
            for item in items where !element.acceptsMember(item) { return false }
            return true
        case .objectHTTP:
            return HTTPResponseShape.matches(value)
        case .keyqlQuery:
            return KeyQL.queryError(value, fields: fieldNames, fieldOrder: optionValues) == nil
        case .keyqlLimit:
            return KeyQL.limitError(value) == nil
        case .keyqlOrder:
            return KeyQL.orderError(value, fields: fieldNames, fieldOrder: optionValues) == nil
        case .buffer:
            return BufferFormat.bytes(of: value) != nil
        case .any:
            return optionsContain(value)
        }
    }

    private func optionsContain(_ value: JSONValue) -> Bool {
        guard let optionSet else { return true }
        return optionSet.contains(value)
    }

    /// Any schema matching is enough; extra keys are allowed; a missing member fails unless it
    /// has a default.
    private func matchesSchemas(_ object: JSONObject) -> Bool {
        if schemas.isEmpty { return true }
        for schema in schemas where Self.matches(object, schema: schema) { return true }
        return false
    }

    static func matches(_ object: JSONObject, schema: [CompiledParameter]) -> Bool {
        for member in schema {
            if let value = object[member.name] {
                if !member.acceptsMember(value) { return false }
            } else if !member.isOptional {
                return false
            }
        }
        return true
    }
}

/// JavaScript number predicates.
enum JSNumber {
    /// `Number.MAX_SAFE_INTEGER`, 2^53 − 1.
    static let maxSafeInteger = 9_007_199_254_740_991.0

    /// `parseInt(v) === v` within ±(2^53 − 1): the original's integer rule.
    static func isSafeInteger(_ n: Double) -> Bool {
        n.isFinite && n == n.rounded(.towardZero) && abs(n) <= maxSafeInteger
    }
}
