/// Every `/.well-known/` document of a set of endpoints, generated once.
public struct WellKnownDocuments: Sendable {
    /// The documents by path under `/.well-known/`: `openapi.json`, `openapi.yaml`,
    /// `schema.json`, `ai-plugin.json`, `plugin.json`.
    public static let names = ["plugin.json", "ai-plugin.json", "openapi.json", "openapi.yaml", "schema.json"]

    public var openAPI: JSONValue
    public var schema: JSONValue
    public var aiPlugin: JSONValue
    public var plugin: JSONValue

    /// Generates every document; private endpoints are excluded.
    public init(definitions: [EndpointDefinition], metadata: APIMetadata) {
        openAPI = OpenAPIDocument.generate(definitions, metadata: metadata)
        schema = FunctionSchemaDocument.generate(definitions, metadata: metadata)
        aiPlugin = PluginDocuments.aiPlugin(metadata)
        plugin = PluginDocuments.plugin(metadata)
    }

    /// The OpenAPI document as YAML.
    public func openAPIYAML() throws(YAMLDocument.Failure) -> String {
        try YAMLDocument.render(openAPI)
    }

    /// A document's body and content type by name (see ``names``), `nil` for another name.
    /// JSON documents are pretty-printed (2 spaces), as upstream.
    public func rendered(_ name: String) throws(YAMLDocument.Failure) -> (body: [UInt8], contentType: String)? {
        switch name {
        case "openapi.json": return (openAPI.jsonBytes(pretty: true), "application/json")
        case "openapi.yaml": return (Array(try openAPIYAML().utf8), "application/yaml")
        case "schema.json": return (schema.jsonBytes(pretty: true), "application/json")
        case "ai-plugin.json": return (aiPlugin.jsonBytes(pretty: true), "application/json")
        case "plugin.json": return (plugin.jsonBytes(pretty: true), "application/json")
        default: return nil
        }
    }
}
