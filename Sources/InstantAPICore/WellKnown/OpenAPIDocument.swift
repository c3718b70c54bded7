/// The OpenAPI 3.1 document of a set of endpoints (upstream-parser-types §14.5), with the
/// SPEC §1 fixes: query parameters are `required` only without a default, default exports are
/// documented under every method they answer, and each response has its required `description`.
public enum OpenAPIDocument {
    /// The methods a default export answers, in the order they are documented.
    static let defaultExportMethods: [HTTPMethodName] = [.GET, .POST, .PUT, .DELETE]

    /// `{openapi, info, servers, paths}`; private endpoints are left out, paths keep the
    /// order of `definitions`.
    public static func generate(_ definitions: [EndpointDefinition], metadata: APIMetadata) -> JSONValue {
        var paths = JSONObject()
        for definition in definitions where !definition.isPrivate {
            let naming = EndpointNaming(definition)
            var item = paths[naming.route]?.objectValue ?? JSONObject()
            for method in definition.method.map({ [$0] }) ?? defaultExportMethods {
                item[method.rawValue.lowercased()] = operation(
                    definition, method: method, naming: naming, identifier: metadata.identifier)
            }
            paths[naming.route] = .object(item)
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "version": .string(metadata.version), "title": .string(metadata.name),
                "description": .string(metadata.description),
            ],
            "servers": [["url": .string(metadata.origin), "description": .string(metadata.serverDescription)]],
            "paths": .object(paths),
        ]
    }

    private static func operation(
        _ definition: EndpointDefinition, method: HTTPMethodName, naming: EndpointNaming, identifier: String
    ) -> JSONValue {
        var operation: JSONObject = [
            "summary": .string(definition.description),
            "description": .string(definition.description),
            "operationId": .string(naming.operationID(identifier: identifier, method: method)),
        ]
        if !definition.params.isEmpty {
            if method == .GET || method == .DELETE {
                operation["parameters"] = .array(definition.params.map(queryParameter))
            } else {
                operation["requestBody"] = [
                    "content": ["application/json": ["schema": JSONSchemaBuilder.schema(forParameters: definition.params)]]
                ]
            }
        }
        if definition.returns.type != .objectHTTP {
            let returns = definition.returns
            operation["responses"] = [
                "200": [
                    "description": .string(returns.description.isEmpty ? "Success" : returns.description),
                    "content": ["application/json": ["schema": JSONSchemaBuilder.schema(for: returns)]],
                ]
            ]
        }
        return .object(operation)
    }

    /// Types sent in a query string as JSON text (`?coords={"lat":1}`), which the gateway
    /// converts for typed parameters.
    static let jsonQueryTypes: Set<ParameterType> = [.object, .array, .buffer, .objectHTTP, .keyqlQuery, .keyqlLimit, .keyqlOrder]

    /// A query parameter; structured values are described as JSON content (OpenAPI's
    /// `form` style would spread an object's members into separate query keys).
    private static func queryParameter(_ parameter: Parameter) -> JSONValue {
        var entry: JSONObject = ["in": "query", "name": .string(parameter.name)]
        let schema = JSONSchemaBuilder.schema(for: parameter)
        if jsonQueryTypes.contains(parameter.type) {
            entry["content"] = ["application/json": ["schema": schema]]
        } else {
            entry["schema"] = schema
        }
        if !parameter.isOptional { entry["required"] = true }
        if !parameter.description.isEmpty { entry["description"] = .string(parameter.description) }
        return .object(entry)
    }
}
