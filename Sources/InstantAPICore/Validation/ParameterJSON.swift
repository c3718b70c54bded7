/// The key order of a parameter's JSON form, as the original's definitions print it.
public enum DefinitionKeyOrder: Sendable {
    /// A top-level `@param` after merging with the signature: `name, type, defaultValue?,
    /// description`, then `defaultMetafield, options, range, size, schema, alternateSchemas,
    /// alternateTypes, members`.
    case signature
    /// A parameter as the comment parser builds it (schema members, array elements, alternate
    /// types, `@returns`, `@stream`): `defaultValue?, type, name, description`, then `members` or
    /// `schema, alternateSchemas, alternateTypes, defaultMetafield, options, range, size`.
    case comment
}

extension Parameter {
    /// The original framework's JSON form of this parameter (`@param` key order), as shown in
    /// definitions and in error details. Nested parameters use the comment key order.
    public var definitionJSON: JSONValue { definitionJSON(order: .signature) }

    /// The original framework's JSON form of this parameter with the given key order at the top;
    /// nested parameters always use the comment key order.
    public func definitionJSON(order: DefinitionKeyOrder) -> JSONValue {
        var object = JSONObject()
        switch order {
        case .signature:
            object["name"] = .string(name)
            object["type"] = .string(type.name)
            if let defaultValue { object["defaultValue"] = defaultValue }
            object["description"] = .string(description)
            addModifiers(to: &object)
            addStructure(to: &object)
        case .comment:
            if let defaultValue { object["defaultValue"] = defaultValue }
            object["type"] = .string(type.name)
            object["name"] = .string(name)
            object["description"] = .string(description)
            addStructure(to: &object)
            addModifiers(to: &object)
        }
        return .object(object)
    }

    private func addStructure(to object: inout JSONObject) {
        if let members {
            object["members"] = .array(members.map { .array([.string($0.key), $0.value]) })
        }
        if let schema { object["schema"] = Self.schemaJSON(schema) }
        if let alternateSchemas { object["alternateSchemas"] = .array(alternateSchemas.map(Self.schemaJSON)) }
        if let alternateTypes { object["alternateTypes"] = Self.schemaJSON(alternateTypes) }
    }

    private func addModifiers(to object: inout JSONObject) {
        if let defaultMetafield { object["defaultMetafield"] = .string(defaultMetafield) }
        if let options { object["options"] = options.definitionJSON }
        if let range {
            object["range"] = ["min": range.min.map(JSONValue.number) ?? .null, "max": range.max.map(JSONValue.number) ?? .null]
        }
        if let size {
            var bounds = JSONObject()
            if let min = size.min { bounds["min"] = .number(Double(min)) }
            if let max = size.max { bounds["max"] = .number(Double(max)) }
            object["size"] = .object(bounds)
        }
    }

    /// A member list in the comment key order.
    static func schemaJSON(_ parameters: [Parameter]) -> JSONValue {
        .array(parameters.map { $0.definitionJSON(order: .comment) })
    }
}

extension ParameterOptions {
    /// `{"values": […]}` or `{"lib": …, "map"?: {…}, "extract": {"labels": …, "values": …}}`.
    public var definitionJSON: JSONValue {
        switch self {
        case .values(let values):
            return ["values": .array(values)]
        case .library(let library):
            var object: JSONObject = ["lib": .string(library.lib)]
            if let map = library.map {
                var pairs = JSONObject()
                for (key, value) in map { pairs[key] = .string(value) }
                object["map"] = .object(pairs)
            }
            object["extract"] = ["labels": .string(library.labels), "values": .string(library.values)]
            return .object(object)
        }
    }
}
