import HTTPTypes
import Foundation
import InstantAPICore

extension MCPServer {
    /// The result of one valid request, or the failure to answer with.
    func dispatch(_ call: JSONRPC.Request, request: IncomingRequest, pipeline: RequestPipeline) async throws(JSONRPC.Failure) -> JSONValue {
        switch call.method {
        case "initialize":
            return [
                "protocolVersion": "2025-03-26",
                "capabilities": ["tools": [:], "resources": [:]],
                "serverInfo": ["name": .string(serverName), "version": .string(serverVersion)],
            ]
        case "ping":
            return [:]
        case "tools/list":
            return ["tools": .array(tools.map(Self.toolListing)), "nextCursor": ""]
        case "tools/call":
            return try await callTool(call.params, request: request, pipeline: pipeline)
        case "resources/list":
            return ["resources": .array(resources.map(\.listing)), "nextCursor": ""]
        case "resources/templates/list":
            return [
                "resourceTemplates": [
                    [
                        "uriTemplate": "file://{path}", "name": "Package files", "description": "Files in this package",
                        "mimeType": "application/octet-stream",
                    ]
                ],
                "nextCursor": "",
            ]
        case "resources/read":
            return try await readResource(call.params, request: request, pipeline: pipeline)
        default:
            throw JSONRPC.Failure(.methodNotFound, "Method \"\(call.method)\" not found")
        }
    }

    /// `{name, description, inputSchema, annotations:{title}}`; the title is the first line or
    /// sentence of the description, else the name.
    static func toolListing(_ tool: FunctionSchemaDocument.Function) -> JSONValue {
        let source = tool.description.isEmpty ? tool.name : tool.description
        let title = source.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "." }.first.map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        } ?? ""
        return [
            "name": .string(tool.name), "description": .string(tool.description), "inputSchema": tool.parameters,
            "annotations": ["title": .string(title)],
        ]
    }

    private func callTool(_ params: JSONObject, request: IncomingRequest, pipeline: RequestPipeline) async throws(JSONRPC.Failure) -> JSONValue {
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
            throw JSONRPC.Failure(.methodNotFound, "No such tool: \"\(name)\"")
        }
        guard let method = HTTPRequest.Method(tool.method.rawValue) else {
            throw JSONRPC.Failure(.internalError, "Tool \"\(name)\" has no valid HTTP method")
        }
        let call = InProcessCall(original: request, method: method, route: tool.route, arguments: arguments)
        let outcome = try await call.run(pipeline)
        return ["content": [outcome.toolContent], "isError": .bool(outcome.status >= 400)]
    }

    private func readResource(_ params: JSONObject, request: IncomingRequest, pipeline: RequestPipeline) async throws(JSONRPC.Failure) -> JSONValue {
        guard case .string(let uri)? = params["uri"] else {
            throw JSONRPC.Failure(.invalidParams, "Invalid \"uri\" parameter, must be a string")
        }
        guard uri.hasPrefix("file://") else {
            throw JSONRPC.Failure(.invalidParams, "Invalid \"uri\" parameter, must start with \"file://\"")
        }
        guard let resource = resources.first(where: { $0.uri == uri }) else {
            throw JSONRPC.Failure(.resourceNotFound, "Resource not found: \"\(uri)\"")
        }
        let call = InProcessCall(original: request, method: .get, route: "/" + resource.route, arguments: [:])
        let outcome = try await call.run(pipeline)
        guard outcome.status < 400 else {
            throw JSONRPC.Failure(.internalError, "Could not read \"\(uri)\": HTTP \(outcome.status)")
        }
        let mimeType = resource.mimeType ?? outcome.mediaType
        var content: JSONObject = ["uri": .string(uri), "mimeType": mimeType.map(JSONValue.string) ?? .null]
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
