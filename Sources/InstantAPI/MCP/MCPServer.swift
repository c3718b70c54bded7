import Foundation
import HTTPTypes
import InstantAPICore

/// The Model Context Protocol endpoint at `/server.mcp`: JSON-RPC 2.0 over HTTP POST
/// ("Streamable HTTP" without sessions or server-sent streams), plain JSON replies, tools and
/// resources served in-process by the pipeline. Upstream-gateway §14, brought to every MCP
/// revision from 2024-11-05 to 2026-07-28 (``MCPRevision``), as SPEC §3 asks.
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
    let allowedOrigins: GatewayConfiguration.MCP.AllowedOrigins
    /// The host of the configured public URL, trusted by the same-host origin rule.
    let publicHost: String?

    init(configuration: GatewayConfiguration, tools: [FunctionSchemaDocument.Function], resources: [MCPResource]) {
        enabled = configuration.mcp.isEnabled
        serverName = configuration.mcp.serverName ?? "MyMCPServer"
        serverVersion = configuration.mcp.serverVersion ?? "1.0"
        self.tools = tools
        self.resources = resources
        factory = ResponseFactory(environment: configuration.environment)
        maxBatchSize = configuration.limits.maxMCPBatchSize
        allowedOrigins = configuration.mcp.allowedOrigins
        publicHost = configuration.documents.serverURL.flatMap { URLComponents(string: $0)?.host }
    }

    /// Answers one HTTP request to `/server.mcp`.
    func respond(to request: IncomingRequest, pipeline: RequestPipeline) async -> OutgoingResponse {
        guard enabled else {
            return factory.error(GatewayError(.notFoundError, "Model Context Protocol is not enabled for this service"))
        }
        // Before anything is read: a page from another origin must not reach the tools.
        if let origin = request.header(.origin),
            !allowedOrigins.allows(origin: origin, host: request.host, trustedHost: publicHost)
        {
            return reply(error: JSONRPC.Failure(.invalidRequest, "Forbidden: Origin not allowed"), status: 403)
        }
        guard request.method == "POST" else {
            var response = reply(error: JSONRPC.Failure(.methodNotFound, "HTTP \(request.method) not supported"), status: 405)
            response.headers.set("allow", "POST")
            return response
        }
        guard Self.isJSON(request.header(.contentType)) else {
            return factory.error(
                GatewayError(.parameterParseError, "Invalid \"Content-Type\" header: expecting \"application/json\""))
        }
        guard let message = try? JSONValue.parse(bytes: request.body) else {
            return reply(error: JSONRPC.Failure(.parseError, "Parse error: the body is not valid JSON"), status: 400)
        }
        let versionHeader = request.header(named: MCPStatelessEnvelope.versionHeader)
        if versionHeader == MCPRevision.v2026_07_28.rawValue || MCPStatelessEnvelope.declaresRevision(message) {
            return await respondStateless(to: message, request: request, pipeline: pipeline)
        }
        var revision = MCPRevision.assumedWithoutHeader
        if let versionHeader {
            guard let named = MCPRevision(rawValue: versionHeader) else {
                return reply(error: MCPStatelessEnvelope.unsupported(versionHeader), id: JSONRPC.id(of: message), status: 400)
            }
            revision = named
        }
        return await respondHandshake(to: message, revision: revision, request: request, pipeline: pipeline)
    }

    /// 2024-11-05 to 2025-11-25: a request, a notification or response (202), or at
    /// 2025-03-26 a batch of them.
    private func respondHandshake(
        to message: JSONValue, revision: MCPRevision, request: IncomingRequest, pipeline: RequestPipeline
    ) async -> OutgoingResponse {
        guard case .array(let batch) = message else {
            if JSONRPC.isNotificationOrResponse(message) { return accepted() }
            return reply(await answer(message, revision: revision, request: request, pipeline: pipeline), status: 200)
        }
        guard revision.allowsBatches else {
            let failure = JSONRPC.Failure(
                .invalidRequest, "Invalid request: batches are not supported in protocol revision \(revision.rawValue)")
            return reply(error: failure, status: 400)
        }
        guard !batch.isEmpty, batch.count <= maxBatchSize else {
            let failure = JSONRPC.Failure(
                .invalidRequest,
                batch.isEmpty
                    ? "Invalid request: empty batch"
                    : "Batch of \(batch.count) messages is larger than the limit of \(maxBatchSize)")
            return reply(error: failure, status: 400)
        }
        var replies: [JSONValue] = []
        for item in batch where !JSONRPC.isNotificationOrResponse(item) {
            if item["method"] == "initialize" {
                let failure = JSONRPC.Failure(.invalidRequest, "Invalid request: \"initialize\" must not be part of a batch")
                replies.append(JSONRPC.error(failure, id: JSONRPC.id(of: item)))
            } else {
                replies.append(await answer(item, revision: revision, request: request, pipeline: pipeline))
            }
        }
        return replies.isEmpty ? accepted() : reply(.array(replies), status: 200)
    }

    /// 2026-07-28: one request or notification per POST, each carrying its own revision.
    private func respondStateless(to message: JSONValue, request: IncomingRequest, pipeline: RequestPipeline) async -> OutgoingResponse {
        if case .object(let fields) = message, case .string? = fields["method"], fields["id"] == nil { return accepted() }
        guard case .object(let fields) = message, fields["method"] != nil else {
            let failure = JSONRPC.Failure(.invalidRequest, "Invalid request: the body must be a single JSON-RPC request or notification object")
            return reply(error: failure, status: 400)
        }
        switch JSONRPC.validate(message) {
        case .failure(let invalid):
            return reply(error: invalid.failure, id: invalid.id, status: 400)
        case .success(let call):
            do throws(JSONRPC.Failure) {
                try MCPStatelessEnvelope.check(call, headers: request.head.headerFields)
                let result = try await dispatch(call, revision: .v2026_07_28, request: request, pipeline: pipeline)
                return reply(JSONRPC.result(stamped(result, method: call.method), id: call.id), status: 200)
            } catch {
                return reply(error: error, id: call.id, status: error.httpStatus)
            }
        }
    }

    /// The reply to one handshake-era message of a single request or a batch.
    private func answer(_ message: JSONValue, revision: MCPRevision, request: IncomingRequest, pipeline: RequestPipeline) async -> JSONValue {
        switch JSONRPC.validate(message) {
        case .failure(let invalid):
            return JSONRPC.error(invalid.failure, id: invalid.id)
        case .success(let call):
            do throws(JSONRPC.Failure) {
                return JSONRPC.result(try await dispatch(call, revision: revision, request: request, pipeline: pipeline), id: call.id)
            } catch {
                return JSONRPC.error(error, id: call.id)
            }
        }
    }

    /// A 2026-07-28 result with the fields that revision requires: `resultType`, the server's
    /// identity, and for lists and reads how long a client may cache them (not at all: they
    /// may depend on the caller's `Authorization`).
    private func stamped(_ result: JSONValue, method: String) -> JSONValue {
        guard case .object(var fields) = result else { return result }
        fields["resultType"] = "complete"
        if method != "tools/call" {
            fields["ttlMs"] = 0
            fields["cacheScope"] = "private"
        }
        fields["_meta"] = [MCPStatelessEnvelope.serverInfoKey: serverInfo]
        return .object(fields)
    }

    /// `{name, version}`.
    var serverInfo: JSONValue {
        ["name": .string(serverName), "version": .string(serverVersion)]
    }

    /// `application/json` or `text/json`, in any case, with or without parameters such as
    /// `charset` (SPEC §3; upstream wanted the exact string).
    static func isJSON(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let mediaType = contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)[0]
            .trimmingCharacters(in: .whitespaces).lowercased()
        return mediaType == "application/json" || mediaType == "text/json"
    }

    /// 202 with no body: what a notification or a response gets.
    private func accepted() -> OutgoingResponse {
        var headers = HeaderBag()
        headers.set("content-type", "text/plain")
        return OutgoingResponse(status: 202, headers: headers)
    }

    private func reply(error: JSONRPC.Failure, id: JSONValue = .null, status: Int) -> OutgoingResponse {
        reply(JSONRPC.error(error, id: id), status: status)
    }

    private func reply(_ body: JSONValue, status: Int) -> OutgoingResponse {
        var headers = HeaderBag()
        headers.set("content-type", "application/json")
        return OutgoingResponse(status: status, headers: headers, body: body.jsonBytes(pretty: factory.prettyJSON))
    }
}
