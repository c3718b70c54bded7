/// A `Parameter` compiled once at load time for the per-request checks: a union of alternatives
/// (the written type first, then `alternateTypes` in written order) plus nullability.
///
/// Immutable reference types, so a compiled tree is shared, never copied, between requests.
final class CompiledParameter: Sendable {
    let name: String
    /// The declared main type, used in messages (`expected (<type>)`).
    let type: ParameterType
    /// A schema member that may be missing (it has a default).
    let isOptional: Bool
    /// `null` is accepted (the default is `null`).
    let isNullable: Bool
    /// Main type first, then the alternate types, in the order written.
    let alternatives: [CompiledType]
    /// The main type: the alternative whose rules decide how a failed value is reported.
    let main: CompiledType
    /// Only the main type: checks need not walk `alternatives`.
    let isSingle: Bool
    /// `coerce` returns every value unchanged (text and enum types), so arrays and objects of
    /// such values need not be rebuilt.
    let coercionIsIdentity: Bool

    init(_ parameter: Parameter) {
        name = parameter.name
        type = parameter.type
        isOptional = parameter.isOptional
        isNullable = parameter.isNullable
        main = CompiledType(parameter)
        var alternatives = [main]
        for alternate in parameter.alternateTypes ?? [] {
            alternatives.append(CompiledType(alternate))
            // An alternate's own alternates (only possible through nested unions) join the union.
            for nested in alternate.alternateTypes ?? [] { alternatives.append(CompiledType(nested)) }
        }
        self.alternatives = alternatives
        isSingle = alternatives.count == 1
        coercionIsIdentity = alternatives.allSatisfy(\.coercionIsIdentity)
    }
}

/// One alternative of a union: a single type with its own options, range, size and schema.
final class CompiledType: Sendable {
    let type: ParameterType
    /// Literal `{?}` options in written order (for messages), and as a set (for lookups).
    let optionValues: [JSONValue]?
    let optionSet: Set<JSONValue>?
    /// String options as Swift strings: the allowed KeyQL field names.
    let fieldNames: Set<String>?
    let range: NumericRange?
    let size: SizeBounds?
    /// Object schemas in written order (`schema`, then each `OR` block); empty means any object.
    let schemas: [[CompiledParameter]]
    /// The array element, when the array has a schema.
    let element: CompiledParameter?
    /// Enum member key -> value.
    let members: [String: JSONValue]
    /// `coerce` returns every value unchanged.
    var coercionIsIdentity: Bool {
        switch type {
        case .string, .enum: return true
        case .any: return optionSet == nil
        default: return false
        }
    }

    init(_ parameter: Parameter) {
        type = parameter.type
        let values = parameter.options?.values
        optionValues = values
        optionSet = values.map(Set.init)
        fieldNames = values.map { Set($0.compactMap(\.stringValue)) }
        range = Self.effectiveRange(parameter.range)
        size = Self.effectiveSize(parameter.size)
        switch parameter.type {
        case .object:
            var schemas: [[CompiledParameter]] = []
            if let schema = parameter.schema { schemas.append(schema.map(CompiledParameter.init)) }
            for alternate in parameter.alternateSchemas ?? [] { schemas.append(alternate.map(CompiledParameter.init)) }
            self.schemas = schemas
            element = nil
        case .array:
            schemas = []
            element = parameter.schema?.first.map(CompiledParameter.init)
        default:
            schemas = []
            element = nil
        }
        var members: [String: JSONValue] = [:]
        for member in parameter.members ?? [] where members[member.key] == nil {
            members[member.key] = member.value
        }
        self.members = members
    }

    /// A range with no bound on either side checks nothing, so it is dropped.
    private static func effectiveRange(_ range: NumericRange?) -> NumericRange? {
        guard let range, range.min != nil || range.max != nil else { return nil }
        return range
    }

    private static func effectiveSize(_ size: SizeBounds?) -> SizeBounds? {
        guard let size, size.min != nil || size.max != nil else { return nil }
        return size
    }
}
