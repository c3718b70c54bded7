extension EndpointDefinition {
    /// The definition as the original framework's definition objects look, with the same field
    /// names and order (what `instant inspect` prints).
    public var definitionJSON: JSONValue {
        var object: JSONObject = [:]
        object["name"] = .string(name)
        object["pathname"] = .string(pathname)
        object["format"] = [
            "language": .string(format.language), "async": .bool(format.isAsync), "inline": .bool(format.isInline),
        ]
        object["description"] = .string(description)
        object["metadata"] = .object([:])
        object["private"] = .bool(isPrivate)
        object["origins"] = origins.map { .array($0.map(JSONValue.string)) } ?? .null
        object["background"] =
            background.map { ["mode": .string($0.mode.rawValue), "value": .string($0.value)] } ?? .null
        object["charge"] = .number(Double(charge))
        object["streams"] = streams.map { .array($0.map(\.definitionJSON)) } ?? .null
        object["context"] = takesContext ? .object([:]) : .null
        object["params"] = .array(params.map(\.definitionJSON))
        object["returns"] = returns.definitionJSON
        return .object(object)
    }
}
