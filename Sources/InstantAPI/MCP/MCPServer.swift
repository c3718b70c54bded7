import HTTPTypes
import InstantAPICore

/// The Model Context Protocol endpoint at `/server.mcp` (upstream-gateway §14): JSON-RPC 2.0
/// over HTTP POST, plain JSON replies, tools and resources served in-process by the pipeline.
struct MCPServer: Sendable {
    let enabled: Bool
    let serverName: String
    let serverVersion: String
    /// One tool per non-private endpoint method, by name.
    let tools: [FunctionSchemaDocument.Function]
    let resources: [MCPResource]
    let factory: ResponseFactory
    /// The most messages answered in one batch (``GatewayLimits/maxMCPBatchSize``).
    let maxBatchSize: Int

    init(configuration: GatewayConfiguration, tools: [FunctionSchemaDocument.Function], resources: [MCPResource]) {
        enabled = configuration.mcp.isEnabled
        serverName = configuration.mcp.serverName ?? "MyMCPServer"
        serverVersion = configuration.mcp.serverVersion ?? "1.0"
        self.tools = tools
        self.resources = resources
        factory = ResponseFactory(environment: configuration.environment)
        maxBatchSize = configuration.limits.maxMCPBatchSize
    }

    /// Answers one HTTP request to `/server.mcp`.
    func respond(to request: IncomingRequest, pipeline: RequestPipeline) async -> OutgoingResponse {
        guard enabled else {
            return factory.error(GatewayError(.notFoundError, "Model Context Protocol is not enabled for this service"))
        }
        guard request.method == "POST" else {
            let failure = JSONRPC.Failure(.methodNotFound, "HTTP \(request.method) not supported")
            return reply(JSONRPC.error(failure, id: .null), status: 405)
        }
        let contentType = request.header(.contentType)
        guard contentType == "application/json" || contentType == "text/json" else {
            return factory.error(
                GatewayError(.parameterParseError, "Invalid \"Content-Type\" header: expecting \"application/json\""))
        }
        guard let message = try? JSONValue.parse(bytes: request.body) else {
            return factory.error(GatewayError(.parameterParseError, "Invalid JSON in request body"))
        }
        if case .array(let batch) = message {
            guard batch.count <= maxBatchSize else {
                let failure = JSONRPC.Failure(
                    .invalidRequest, "Batch of \(batch.count) messages is larger than the limit of \(maxBatchSize)")
                return reply(JSONRPC.error(failure, id: .null), status: 200)
            }
            var replies: [JSONValue] = []
            replies.reserveCapacity(batch.count)
            for item in batch { replies.append(await answer(item, request: request, pipeline: pipeline)) }
            return reply(.array(replies), status: 200)
        }
        if JSONRPC.isNotificationOrResponse(message) {
            var headers = HeaderBag()
            headers.set("content-type", "text/plain")
            return OutgoingResponse(status: 202, headers: headers)
        }
        return reply(await answer(message, request: request, pipeline: pipeline), status: 200)
    }

    /// The reply to one message of a single request or a batch.
    private func answer(_ message: JSONValue, request: IncomingRequest, pipeline: RequestPipeline) async -> JSONValue {
        switch JSONRPC.validate(message) {
        case .failure(let invalid):
            return JSONRPC.error(invalid.failure, id: invalid.id)
        case .success(let call):
            do throws(JSONRPC.Failure) {
                let result = try await dispatch(call, request: request, pipeline: pipeline)
                return JSONRPC.result(result, id: call.id)
            } catch {
                return JSONRPC.error(error, id: call.id)
            }
        }
    }

    private func reply(_ body: JSONValue, status: Int) -> OutgoingResponse {
        var headers = HeaderBag()
        headers.set("content-type", "application/json")
        return OutgoingResponse(status: status, headers: headers, body: body.jsonBytes(pretty: factory.prettyJSON))
    }
}
