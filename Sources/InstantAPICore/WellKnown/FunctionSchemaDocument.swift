/// The `schema.json` document for LLM function calling (upstream-parser-types §14.6), also
/// the source of the MCP tool list.
public enum FunctionSchemaDocument {
    /// One callable function: a non-private endpoint method.
    public struct Function: Sendable, Hashable {
        /// `v1_items_get`; a default export has no method suffix.
        public var name: String
        public var description: String
        /// `/v1/items/`.
        public var route: String
        /// `POST` for a default export.
        public var method: HTTPMethodName
        /// The parameter-list JSON Schema.
        public var parameters: JSONValue
        /// The definition's name (`v1/items#GET`).
        public var endpointName: String
        /// The return schema, `nil` for `object.http`.
        public var returns: JSONValue?
        /// Whether every successful result is a JSON object (`@returns {object}`, not nullable,
        /// no alternates): what MCP's `structuredContent` can carry.
        public var returnsObject: Bool = false

        /// The `schema.json` entry, with `url` = origin + route.
        public func json(origin: String) -> JSONValue {
            var entry: JSONObject = [
                "name": .string(name), "description": .string(description), "route": .string(route),
                "url": .string(origin + route), "method": .string(method.rawValue), "parameters": parameters,
                "endpoint_name": .string(endpointName),
            ]
            if let returns { entry["returns"] = returns }
            return .object(entry)
        }
    }

    /// The functions of `definitions`, private ones left out, in order.
    public static func functions(_ definitions: [EndpointDefinition]) -> [Function] {
        definitions.filter { !$0.isPrivate }.map { definition in
            let naming = EndpointNaming(definition)
            return Function(
                name: naming.name + (definition.method.map { "_" + $0.rawValue.lowercased() } ?? ""),
                description: definition.description, route: naming.route, method: definition.method ?? .POST,
                parameters: JSONSchemaBuilder.schema(forParameters: definition.params), endpointName: definition.name,
                returns: definition.returns.type == .objectHTTP ? Optional.none : JSONSchemaBuilder.schema(for: definition.returns),
                returnsObject: definition.returns.type == .object && !definition.returns.isNullable
                    && (definition.returns.alternateTypes ?? []).isEmpty)
        }
    }

    /// `{"functions": […]}`.
    public static func generate(_ definitions: [EndpointDefinition], metadata: APIMetadata) -> JSONValue {
        ["functions": .array(functions(definitions).map { $0.json(origin: metadata.origin) })]
    }
}
