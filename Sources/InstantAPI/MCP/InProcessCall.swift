import Foundation
import HTTPTypes
import Hummingbird
import InstantAPICore

/// A request the MCP server makes to its own gateway without a socket: the same routing,
/// validation and execution as an HTTP request (upstream-gateway §14 uses a loopback request).
struct InProcessCall: Sendable {
    /// The largest response body collected from an endpoint, in bytes.
    static let maxBodySize = 32 * 1024 * 1024

    /// A finished call: status, media type (lower-cased, without parameters) and whole body.
    struct Outcome: Sendable {
        var status: Int
        var mediaType: String?
        var body: [UInt8]

        /// The `tools/call` content item: text for `text/*` and JSON, an image for `image/*`,
        /// otherwise an embedded resource.
        var toolContent: JSONValue {
            if MCPServer.isText(mediaType) {
                return ["type": "text", "text": .string(String(decoding: body, as: UTF8.self))]
            }
            if let mediaType, mediaType.hasPrefix("image/") {
                return ["type": "image", "data": .string(Base64.encode(body)), "mimeType": .string(mediaType)]
            }
            return [
                "type": "resource",
                "resource": [
                    "uri": "temporary://none", "mimeType": mediaType.map(JSONValue.string) ?? .null,
                    "blob": .string(Base64.encode(body)),
                ],
            ]
        }
    }

    let request: IncomingRequest

    /// GET and DELETE send the arguments as the query (strings as is, other values as JSON);
    /// POST and PUT as a JSON body. The authority, `authorization` and the request context
    /// come from the MCP request, so the endpoint sees the same caller.
    init(original: IncomingRequest, method: HTTPRequest.Method, route: String, arguments: JSONObject) {
        var fields: HTTPFields = [.contentType: "application/json"]
        if let authorization = original.header(.authorization) { fields[.authorization] = authorization }
        var target = route
        var body: [UInt8] = []
        if method == .get || method == .delete {
            let pairs = arguments.map { key, value in
                let text = value.stringValue ?? value.jsonString()
                return Self.percentEncoded(key) + "=" + Self.percentEncoded(text)
            }
            if !pairs.isEmpty { target += "?" + pairs.joined(separator: "&") }
        } else {
            body = JSONValue.object(arguments).jsonBytes()
        }
        let head = HTTPRequest(
            method: method, scheme: original.head.scheme, authority: original.host, path: target,
            headerFields: fields)
        request = IncomingRequest(
            head: head, body: body, peerAddress: original.peerAddress, requestContext: original.requestContext)
    }

    /// Runs the request through `pipeline` and collects its body.
    func run(_ pipeline: RequestPipeline) async throws(JSONRPC.Failure) -> Outcome {
        let response = await pipeline.handle(request)
        let contentType = response.headers["content-type"] ?? response.defaultContentType
        let mediaType = contentType.map {
            String($0.split(separator: ";", maxSplits: 1).first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        }
        let body: [UInt8]
        switch response.body {
        case .bytes(let bytes):
            body = bytes
        case .streamed(let stream):
            do {
                body = try await ResponseBodyCollector.collect(stream, limit: Self.maxBodySize)
            } catch {
                throw JSONRPC.Failure(.internalError, "\(error)")
            }
        }
        return Outcome(status: response.status, mediaType: mediaType, body: body)
    }

    private static let queryAllowed: CharacterSet = {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return allowed
    }()

    private static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: queryAllowed) ?? text
    }
}
