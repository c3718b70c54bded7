import HTTPTypes
import InstantAPICore

extension MCPServer {
    /// The result of one valid request at `revision`, or the failure to answer with.
    func dispatch(
        _ call: JSONRPC.Request, revision: MCPRevision, request: IncomingRequest, pipeline: RequestPipeline
    ) async throws(JSONRPC.Failure) -> JSONValue {
        switch (call.method, revision.isStateless) {
        case ("initialize", false):
            return [
                "protocolVersion": .string(MCPRevision.negotiated(requested: call.params["protocolVersion"]).rawValue),
                "capabilities": capabilities, "serverInfo": serverInfo,
            ]
        case ("server/discover", true):
            return ["supportedVersions": MCPRevision.supportedList, "capabilities": capabilities]
        case ("ping", false):
            return [:]
        case ("tools/list", _):
            try Self.refuseCursor(call.params)
            return ["tools": .array(tools.map { Self.toolListing($0, revision: revision) })]
        case ("tools/call", _):
            return try await callTool(call.params, revision: revision, request: request, pipeline: pipeline)
        case ("resources/list", _):
            try Self.refuseCursor(call.params)
            return ["resources": .array(resources.map(\.listing))]
        case ("resources/templates/list", _):
            try Self.refuseCursor(call.params)
            return [
                "resourceTemplates": [
                    [
                        "uriTemplate": "file://{path}", "name": "Package files", "description": "Files in this package",
                        "mimeType": "application/octet-stream",
                    ]
                ]
            ]
        case ("resources/read", _):
            return try await readResource(call.params, revision: revision, request: request, pipeline: pipeline)
        default:
            throw JSONRPC.Failure(.methodNotFound, "Method \"\(call.method)\" not found")
        }
    }

    /// Tools and resources, neither with change notifications (there is no stream to send them on).
    private var capabilities: JSONValue { ["tools": [:], "resources": [:]] }

    /// Lists are never paged (`nextCursor` is never sent), so any cursor is one the server
    /// did not issue.
    private static func refuseCursor(_ params: JSONObject) throws(JSONRPC.Failure) {
        if params["cursor"] != nil { throw JSONRPC.Failure(.invalidParams, "Invalid cursor: lists are not paged") }
    }

    /// `{name, description, inputSchema, annotations:{title}}`; the title is the first line or
    /// sentence of the description, else the name. From 2025-06-18 also `title`, and
    /// `outputSchema` for tools whose results are objects (``FunctionSchemaDocument/Function/returnsObject``).
    static func toolListing(_ tool: FunctionSchemaDocument.Function, revision: MCPRevision) -> JSONValue {
        let source = tool.description.isEmpty ? tool.name : tool.description
        let title = source.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "." }.first.map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        } ?? ""
        var listing: JSONObject = [
            "name": .string(tool.name), "description": .string(tool.description), "inputSchema": tool.parameters,
            "annotations": ["title": .string(title)],
        ]
        if revision.hasStructuredResults {
            listing["title"] = .string(title)
            if tool.returnsObject, let returns = tool.returns { listing["outputSchema"] = returns }
        }
        return .object(listing)
    }

    private func callTool(
        _ params: JSONObject, revision: MCPRevision, request: IncomingRequest, pipeline: RequestPipeline
    ) async throws(JSONRPC.Failure) -> JSONValue {
        guard case .string(let name)? = params["name"] else {
            throw JSONRPC.Failure(.invalidParams, "Invalid \"name\" parameter, must be a string")
        }
        // A missing `arguments` is an empty object (MCP makes it optional); anything else
        // that is not an object is refused as upstream.
        let arguments: JSONObject
        switch params["arguments"] {
        case nil: arguments = [:]
        case .object(let object)?: arguments = object
        default: throw JSONRPC.Failure(.invalidParams, "Invalid \"arguments\" parameter, must be an object")
        }
        guard let tool = tools.first(where: { $0.name == name }) else {
            // 2026-07-28 answers -32601 with a 404, which would say the method is unknown.
            if revision.isStateless { throw JSONRPC.Failure(.invalidParams, "Unknown tool: \"\(name)\"") }
            throw JSONRPC.Failure(.methodNotFound, "No such tool: \"\(name)\"")
        }
        guard let method = HTTPRequest.Method(tool.method.rawValue) else {
            throw JSONRPC.Failure(.internalError, "Tool \"\(name)\" has no valid HTTP method")
        }
        let outcome = try await InProcessCall(original: request, method: method, route: tool.route, arguments: arguments)
            .run(pipeline)
        var result: JSONObject = ["content": [outcome.toolContent], "isError": .bool(outcome.status >= 400)]
        // The specification wants an object here; the text content above carries the same JSON.
        if revision.hasStructuredResults, tool.returnsObject, outcome.status < 400, outcome.mediaType == "application/json",
            case .object(let structured)? = try? JSONValue.parse(bytes: outcome.body)
        {
            result["structuredContent"] = .object(structured)
        }
        return .object(result)
    }

    private func readResource(
        _ params: JSONObject, revision: MCPRevision, request: IncomingRequest, pipeline: RequestPipeline
    ) async throws(JSONRPC.Failure) -> JSONValue {
        guard case .string(let uri)? = params["uri"] else {
            throw JSONRPC.Failure(.invalidParams, "Invalid \"uri\" parameter, must be a string")
        }
        guard uri.hasPrefix("file://") else {
            throw JSONRPC.Failure(.invalidParams, "Invalid \"uri\" parameter, must start with \"file://\"")
        }
        guard let resource = resources.first(where: { $0.uri == uri }) else {
            // 2026-07-28 retired -32002 for -32602 with the URI as data.
            if revision.isStateless {
                throw JSONRPC.Failure(.invalidParams, "Resource not found: \"\(uri)\"", data: ["uri": .string(uri)])
            }
            throw JSONRPC.Failure(.resourceNotFound, "Resource not found: \"\(uri)\"")
        }
        let arguments: JSONObject = resource.isMarkdown ? ["raw": "t"] : [:]
        let outcome = try await InProcessCall(original: request, method: .get, route: "/" + resource.route, arguments: arguments)
            .run(pipeline)
        guard outcome.status < 400 || (resource.isNotFoundPage && outcome.status == 404) else {
            throw JSONRPC.Failure(.internalError, "Could not read \"\(uri)\": HTTP \(outcome.status)")
        }
        let mimeType = resource.mimeType ?? outcome.mediaType
        var content: JSONObject = ["uri": .string(uri)]
        if let mimeType { content["mimeType"] = .string(mimeType) }
        if Self.isText(mimeType) {
            content["text"] = .string(String(decoding: outcome.body, as: UTF8.self))
        } else {
            content["blob"] = .string(Base64.encode(outcome.body))
        }
        return ["contents": [.object(content)]]
    }

    /// `text/*` and `application/json` are sent as text.
    static func isText(_ mediaType: String?) -> Bool {
        guard let mediaType else { return false }
        return mediaType.hasPrefix("text/") || mediaType == "application/json"
    }
}
