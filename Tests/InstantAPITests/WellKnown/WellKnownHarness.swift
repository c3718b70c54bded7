import Foundation
import Hummingbird
import HummingbirdTesting
@testable import InstantAPI
import InstantAPICore
import Testing

/// Serves `Fixtures/wellknown` (MCP on unless told otherwise) for the duration of `test`.
func withWellKnownGateway(
    _ configuration: GatewayConfiguration = GatewayConfiguration(mcp: .enabled),
    resources: [MCPResource] = [], _ test: @escaping @Sendable (Int) async throws -> Void
) async throws {
    let gateway = Gateway(configuration: configuration)
    gateway.register("my_function", method: nil) { context in
        (context.params["a"]?.numberValue ?? 0) + (context.params["b"]?.numberValue ?? 0)
    }
    gateway.register("items", method: .get) { context in
        [context.params["query"]?.stringValue ?? "", String(Int(context.params["limit"]?.numberValue ?? 0))]
    }
    gateway.register("secret", method: nil) { _ in "secret" }
    gateway.register("pixel", method: nil) { _ in EndpointResponse.buffer([1, 2, 3], contentType: "image/png") }
    gateway.register("blob", method: nil) { _ in EndpointResponse.buffer([0, 255], contentType: "application/octet-stream") }
    gateway.register(":notfound", method: nil) { context -> EndpointResponse in
        .http(status: .notFound, headers: [.contentType: "text/plain"], body: "nothing at \(context.alias)")
    }
    var loaded = try gateway.load(root: try Fixture.root("wellknown"))
    if !resources.isEmpty, let mcp = loaded.pipeline.specialRoutes.mcp {
        loaded = LoadedGateway<GatewayRequestContext>(
            pipeline: loaded.pipeline.withMCP(
                MCPServer(configuration: configuration, tools: mcp.tools, resources: resources)))
    }
    try await loaded.loopbackApplication().test(.live) { client in
        let port = try #require(client.port)
        try await test(port)
    }
}

extension RequestPipeline {
    /// The pipeline with another MCP server (tests supply their own resource list).
    func withMCP(_ mcp: MCPServer) -> RequestPipeline {
        var special = specialRoutes
        special.mcp = mcp
        return RequestPipeline(
            routes: routes, configuration: configuration, errorHandler: errorHandler, logger: logger,
            specialRoutes: special)
    }
}

/// One JSON POST to `/server.mcp`.
func mcpPost(_ port: Int, _ body: String, contentType: String? = "application/json", path: String = "/server.mcp") async throws -> RawResponse {
    try await RawHTTPClient.request(
        port: port, "POST", path, headers: contentType.map { [("Content-Type", $0)] } ?? [], body: Array(body.utf8))
}
