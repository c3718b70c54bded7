/// The OpenAPI 3.1 document of a set of endpoints (upstream-parser-types §14.5), with the
/// SPEC §1 fixes (query parameters are `required` only without a default, default exports are
/// documented under every method they answer, each response has its `description`) and the
/// SPEC §4 ones that let generators and validators take it whole: every operation has its
/// `responses` (``OpenAPIResponses``), request bodies are marked required, and structured query
/// parameters use the serializations tools understand (``QueryForm``).
public enum OpenAPIDocument {
    /// The methods a default export answers, in the order they are documented.
    static let defaultExportMethods: [HTTPMethodName] = [.GET, .POST, .PUT, .DELETE]

    /// `{openapi, info, servers, paths, components}`; private endpoints are left out, paths
    /// keep the order of `definitions`. `servers[0].url` is `metadata.serverURL`, else the origin.
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
            "servers": [
                ["url": .string(metadata.serverURL ?? metadata.origin), "description": .string(metadata.serverDescription)]
            ],
            "paths": .object(paths),
            "components": OpenAPIResponses.components(),
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
        if method == .GET || method == .DELETE {
            if !definition.params.isEmpty {
                operation["parameters"] = .array(definition.params.map(queryParameter))
            }
        } else {
            // Required even without parameters: the gateway refuses a POST or PUT without a
            // Content-Type (400, as upstream), so a client must always send a body.
            operation["requestBody"] = [
                "required": true,
                "content": ["application/json": ["schema": bodySchema(definition.params)]],
            ]
        }
        operation["responses"] = OpenAPIResponses.responses(for: definition.returns)
        return .object(operation)
    }

    /// The parameter-list schema of a JSON body, where a parameter with a default also takes
    /// `null`, which the gateway replaces with the default (``ParameterValidator``).
    static func bodySchema(_ parameters: [Parameter]) -> JSONValue {
        guard var schema = JSONSchemaBuilder.schema(forParameters: parameters).objectValue,
            var properties = schema["properties"]?.objectValue
        else { return JSONSchemaBuilder.schema(forParameters: parameters) }
        for parameter in parameters where parameter.isOptional && !parameter.isNullable {
            guard var property = properties[parameter.name]?.objectValue else { continue }
            // `nullable` applies to the type keys; the annotations stay outside of an `anyOf`.
            // An object default is left out: generators give an object-or-null no default but
            // `null` (openapi-python-client refuses the operation), and `null` gets the default.
            let annotated = parameter.defaultValue?.objectValue == nil ? ["description", "default"] : ["description"]
            let annotations = annotated.compactMap { key in property.removeValue(forKey: key).map { (key, $0) } }
            property["default"] = nil
            property = JSONSchemaBuilder.nullable(property)
            for (key, value) in annotations { property[key] = value }
            properties[parameter.name] = .object(property)
        }
        schema["properties"] = .object(properties)
        return .object(schema)
    }

    /// How a query parameter is serialized, in the forms generators and validators understand.
    enum QueryForm: Equatable {
        /// A scalar: `?name=value`.
        case plain
        /// An array of scalars as `name[]=a&name[]=b` (form style, exploded). The `[]` keeps a
        /// one-element array an array: the gateway, as upstream, reads `name=a` as a string.
        case formArray
        /// An object of scalars as `name[key]=value` (SPEC §3's bracket objects).
        case deepObject
        /// Anything deeper, as JSON text (`?name={"a":[1]}`), which the gateway also reads.
        case json
    }

    static func queryForm(of parameter: Parameter) -> QueryForm {
        if isScalar(parameter) { return .plain }
        guard (parameter.alternateTypes ?? []).isEmpty else { return .json }
        switch parameter.type {
        case .array:
            return (parameter.schema?.first).map(isScalar) ?? true ? .formArray : .json
        case .object, .buffer, .keyqlQuery, .keyqlLimit:
            let members = parameter.schema ?? []
            return (parameter.alternateSchemas ?? []).isEmpty && members.allSatisfy(isScalar) ? .deepObject : .json
        default:
            return .json
        }
    }

    /// A value written as one query string value: not an array or object, nor a union with one.
    private static func isScalar(_ parameter: Parameter) -> Bool {
        ([parameter] + (parameter.alternateTypes ?? [])).allSatisfy { alternate in
            switch alternate.type {
            case .string, .number, .float, .integer, .boolean, .enum, .any: return true
            default: return false
            }
        }
    }

    /// A query parameter in its ``QueryForm``.
    private static func queryParameter(_ parameter: Parameter) -> JSONValue {
        var entry: JSONObject = ["in": "query", "name": .string(parameter.name)]
        // A query value is text, never `null`: leaving the parameter out gives its `null`
        // default. (Validators also read a parameter's `type` as one string, not a list.)
        var described = parameter
        if parameter.isNullable { described.defaultValue = nil }
        var schema = JSONSchemaBuilder.schema(for: described)
        switch queryForm(of: parameter) {
        case .plain:
            entry["schema"] = schema
        case .formArray:
            entry["name"] = .string(parameter.name + "[]")
            entry["style"] = "form"
            entry["explode"] = true
            // No key at all is how an empty array is written, and a missing required value is refused.
            if !parameter.isOptional, (parameter.size?.min ?? 0) < 1 { schema = setting("minItems", to: 1, in: schema) }
            entry["schema"] = schema
        case .deepObject:
            entry["style"] = "deepObject"
            entry["explode"] = true
            entry["schema"] = schema
        case .json:
            entry["content"] = ["application/json": ["schema": schema]]
        }
        if !parameter.isOptional { entry["required"] = true }
        if !parameter.description.isEmpty { entry["description"] = .string(parameter.description) }
        return .object(entry)
    }

    private static func setting(_ key: String, to value: JSONValue, in schema: JSONValue) -> JSONValue {
        guard var object = schema.objectValue else { return schema }
        object[key] = value
        return .object(object)
    }
}
