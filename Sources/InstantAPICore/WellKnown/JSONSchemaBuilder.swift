/// JSON Schema for manifest parameters (upstream-parser-types §14.3), with the SPEC §1 fixes:
/// sizes, ranges, enums and options of every type, unions as `anyOf`, nullability and
/// alternate object schemas are expressed; `required` lists only values without a default.
public enum JSONSchemaBuilder {
    /// The schema of one value: its type keys, then `description`, then `default`
    /// (a `null` default makes the value nullable instead).
    public static func schema(for parameter: Parameter) -> JSONValue {
        var schema = typeSchema(for: parameter)
        if let alternates = parameter.alternateTypes, !alternates.isEmpty {
            schema = ["anyOf": .array([.object(schema)] + alternates.map { .object(typeSchema(for: $0)) })]
        }
        if parameter.isNullable { schema = nullable(schema) }
        if !parameter.description.isEmpty { schema["description"] = .string(parameter.description) }
        if let value = parameter.defaultValue, value != .null { schema["default"] = value }
        return .object(schema)
    }

    /// `{type:"object", properties:{…}, required:[…]}` for a parameter list; `required` lists,
    /// in order, the parameters without a default and is omitted when empty.
    public static func schema(forParameters parameters: [Parameter]) -> JSONValue {
        var properties = JSONObject()
        for parameter in parameters { properties[parameter.name] = schema(for: parameter) }
        var schema: JSONObject = ["type": "object", "properties": .object(properties)]
        let required = parameters.filter { !$0.isOptional }.map { JSONValue.string($0.name) }
        if !required.isEmpty { schema["required"] = .array(required) }
        return .object(schema)
    }

    /// The type-specific keys, without description or default.
    static func typeSchema(for parameter: Parameter) -> JSONObject {
        switch parameter.type {
        case .boolean:
            return ["type": "boolean"]
        case .string:
            var schema: JSONObject = ["type": "string"]
            addSize(parameter.size, minKey: "minLength", maxKey: "maxLength", to: &schema)
            addOptions(parameter.options, to: &schema)
            return schema
        case .number, .float, .integer:
            var schema: JSONObject = ["type": .string(parameter.type == .integer ? "integer" : "number")]
            if let minimum = parameter.range?.min { schema["minimum"] = .number(minimum) }
            if let maximum = parameter.range?.max { schema["maximum"] = .number(maximum) }
            addOptions(parameter.options, to: &schema)
            return schema
        case .array:
            var schema: JSONObject = ["type": "array"]
            if let element = parameter.schema?.first { schema["items"] = self.schema(for: element) }
            addSize(parameter.size, minKey: "minItems", maxKey: "maxItems", to: &schema)
            return schema
        case .object:
            return objectSchema(for: parameter)
        case .enum:
            return ["enum": .array((parameter.members ?? []).map { .string($0.key) })]
        case .buffer:
            return [
                "type": "object",
                "properties": ["_base64": ["type": "string", "contentEncoding": "base64"]],
            ]
        case .objectHTTP:
            return [
                "type": "object",
                "properties": [
                    "statusCode": ["type": "integer"], "headers": ["type": "object"], "body": ["type": "string"],
                ],
            ]
        case .keyqlQuery:
            return ["type": "object"]
        case .keyqlLimit:
            return [
                "type": "object",
                "properties": [
                    "count": ["type": "integer", "minimum": 0], "offset": ["type": "integer", "minimum": 0],
                ],
            ]
        case .keyqlOrder:
            return [
                "type": "array",
                "items": [
                    "type": "object",
                    "properties": ["field": ["type": "string"], "sort": ["enum": ["ASC", "DESC"]]],
                ],
            ]
        case .any:
            var schema = JSONObject()
            addOptions(parameter.options, to: &schema)
            return schema
        }
    }

    /// One member list, or `anyOf` the member lists when `OR` alternates exist (any of them
    /// is accepted, so `anyOf` rather than upstream's `oneOf`).
    private static func objectSchema(for parameter: Parameter) -> JSONObject {
        let lists = ([parameter.schema ?? []] + (parameter.alternateSchemas ?? [])).filter { !$0.isEmpty }
        guard lists.count > 1 else {
            return schema(forParameters: lists.first ?? []).objectValue ?? [:]
        }
        return ["type": "object", "anyOf": .array(lists.map(schema(forParameters:)))]
    }

    private static func addSize(_ size: SizeBounds?, minKey: String, maxKey: String, to schema: inout JSONObject) {
        if let minimum = size?.min { schema[minKey] = .number(Double(minimum)) }
        if let maximum = size?.max { schema[maxKey] = .number(Double(maximum)) }
    }

    private static func addOptions(_ options: ParameterOptions?, to schema: inout JSONObject) {
        if let values = options?.values { schema["enum"] = .array(values) }
    }

    /// The schema also accepting `null`: `type` becomes `[type, "null"]`, an `enum` gains
    /// `null`, a union gains `{type:"null"}`, anything else is wrapped in an `anyOf`.
    static func nullable(_ schema: JSONObject) -> JSONObject {
        guard !schema.isEmpty else { return schema }
        var result = schema
        if case .array(var members)? = result["anyOf"], result["type"] == nil {
            members.append(["type": "null"])
            result["anyOf"] = .array(members)
            return result
        }
        if result["anyOf"] != nil { return ["anyOf": [.object(schema), ["type": "null"]]] }
        if case .string(let type)? = result["type"] {
            result["type"] = [.string(type), "null"]
        } else if result["enum"] == nil {
            return ["anyOf": [.object(schema), ["type": "null"]]]
        }
        if case .array(var values)? = result["enum"] {
            values.append(.null)
            result["enum"] = .array(values)
        }
        return result
    }
}
