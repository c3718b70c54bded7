import InstantAPICore
import Testing

/// Definitions parsed from inline manifest sources, for the well-known generation tests.
enum WellKnownSource {
    /// The definitions of `source` serving `route`.
    static func definitions(_ source: String, route: String) throws -> [EndpointDefinition] {
        try ManifestFileParser.parse(source: source, pathname: "functions/\(route).mjs", route: route, environment: [:])
    }

    /// The schema of the single parameter of a `GET` with `declaration` and `signature`.
    static func parameterSchema(_ declaration: String, signature: String) throws -> JSONValue {
        let source = "/**\n * T\n * @param \(declaration)\n * @returns {any}\n */\nexport async function GET (\(signature)) { return 1; }\n"
        let definition = try #require(try definitions(source, route: "t").first)
        return JSONSchemaBuilder.schema(for: try #require(definition.params.first))
    }

    /// `text` parsed as JSON.
    static func json(_ text: String) throws -> JSONValue {
        try JSONValue.parse(text)
    }
}
