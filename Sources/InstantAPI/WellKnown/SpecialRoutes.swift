import InstantAPICore
import Logging

/// The routes answered when no function or static file has the name (upstream-gateway §3.1
/// steps 3-4): `server.mcp` and the `.well-known/` documents, all prepared at load.
struct SpecialRoutes: Sendable {
    /// A document rendered once at load.
    struct Document: Sendable {
        var body: [UInt8]
        var contentType: String
    }

    /// The documents by route name (`.well-known/openapi.json`).
    var documents: [String: Document]
    var mcp: MCPServer?

    /// No special routes.
    static let none = SpecialRoutes(documents: [:], mcp: nil)

    /// Renders every well-known document of `definitions` and prepares the MCP server.
    /// A document that fails to render is logged and left out.
    init(definitions: [EndpointDefinition], configuration: GatewayConfiguration, resources: [MCPResource], logger: Logger) {
        let metadata = APIMetadata(configuration: configuration)
        let generated = WellKnownDocuments(definitions: definitions, metadata: metadata)
        var documents: [String: Document] = [:]
        for name in WellKnownDocuments.names {
            do {
                if let rendered = try generated.rendered(name) {
                    documents[".well-known/" + name] = Document(body: rendered.body, contentType: rendered.contentType)
                }
            } catch {
                logger.error("Could not render .well-known/\(name): \(error)")
            }
        }
        self.documents = documents
        self.mcp = MCPServer(
            configuration: configuration, tools: FunctionSchemaDocument.functions(definitions), resources: resources)
    }

    init(documents: [String: Document], mcp: MCPServer?) {
        self.documents = documents
        self.mcp = mcp
    }

    /// The answer for a route name no function or static file has, or `nil` to go on with
    /// the not-found walk.
    func response(for name: String, request: IncomingRequest, pipeline: RequestPipeline) async -> OutgoingResponse? {
        if name == "server.mcp", let mcp {
            return await mcp.respond(to: request, pipeline: pipeline)
        }
        guard let document = documents[name] else { return nil }
        var headers = HeaderBag()
        headers.set("content-type", document.contentType)
        return OutgoingResponse(status: 200, headers: headers, body: document.body)
    }
}

extension APIMetadata {
    /// The metadata a gateway configuration gives, upstream's defaults for what it leaves unset.
    init(configuration: GatewayConfiguration) {
        self.init()
        let documents = configuration.documents
        if let name = documents.title { self.name = name }
        if let description = documents.description { self.description = description }
        let environment = configuration.environment.name
        version = documents.version ?? (environment.isEmpty ? "development" : environment)
        if let serverURL = documents.serverURL { origin = serverURL }
    }
}
