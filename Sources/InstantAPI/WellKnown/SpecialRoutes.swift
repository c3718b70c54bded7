import Foundation
import InstantAPICore
import Logging

/// The routes answered when no function or static file has the name (upstream-gateway §3.1
/// steps 3-4): `server.mcp` and the `.well-known/` documents, all prepared at load.
struct SpecialRoutes: Sendable {
    /// A document rendered once at load.
    struct Document: Sendable {
        var body: [UInt8]
        var contentType: String
        /// Where `servers[0].url` is in `body` when each request gets its own URL there (no
        /// `serverURL` configured): the rendered document is spliced, not generated again.
        var serverURLRange: Range<Int>? = nil

        /// The body for `request`.
        func body(for request: IncomingRequest) -> [UInt8] {
            guard let range = serverURLRange else { return body }
            let url = SpecialRoutes.serverURL(of: request).utf8
            var out: [UInt8] = []
            out.reserveCapacity(body.count - range.count + url.count)
            out.append(contentsOf: body[..<range.lowerBound])
            out.append(contentsOf: url)
            out.append(contentsOf: body[range.upperBound...])
            return out
        }
    }

    /// The documents by route name (`.well-known/openapi.json`).
    var documents: [String: Document]
    var mcp: MCPServer?

    /// Where background executions' statuses are: `.well-known/executions/{uuid}`.
    static let executionsPrefix = ".well-known/executions/"

    /// No special routes.
    static let none = SpecialRoutes(documents: [:], mcp: nil)

    /// Renders every well-known document of `definitions` and prepares the MCP server.
    /// A document that fails to render is logged and left out.
    init(definitions: [EndpointDefinition], configuration: GatewayConfiguration, resources: [MCPResource], logger: Logger) {
        var metadata = APIMetadata(configuration: configuration)
        // Without a configured URL, a marker stands for the request's URL: a random one, which
        // no title or description can contain by chance, and plain ASCII, so JSON and YAML
        // render it as it is.
        let marker = metadata.serverURL == nil ? "{server-url-\(String(UInt64.random(in: 0...UInt64.max), radix: 16))}" : nil
        if let marker { metadata.serverURL = marker }
        let generated = WellKnownDocuments(definitions: definitions, metadata: metadata)
        var documents: [String: Document] = [:]
        for name in WellKnownDocuments.names {
            do {
                if let rendered = try generated.rendered(name) {
                    var document = Document(body: rendered.body, contentType: rendered.contentType)
                    if let marker, name.hasPrefix("openapi.") {
                        document.serverURLRange = Self.range(of: Array(marker.utf8), in: rendered.body)
                    }
                    documents[".well-known/" + name] = document
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
        if name.hasPrefix(Self.executionsPrefix) {
            return await pipeline.executionStatus(name.dropFirst(Self.executionsPrefix.count), request: request)
        }
        guard let document = documents[name] else { return nil }
        var headers = HeaderBag()
        headers.set("content-type", document.contentType)
        return OutgoingResponse(status: 200, headers: headers, body: document.body(for: request))
    }

    /// The URL `request` reached the gateway at: scheme (`X-Forwarded-Proto` behind a proxy
    /// that terminates TLS), `Host` and mount prefix. A `Host` with characters no host has
    /// gives the relative URL of the mount prefix instead (`/` unmounted), which OpenAPI reads
    /// as relative to the document.
    static func serverURL(of request: IncomingRequest) -> String {
        var prefix = String(request.pathname[..<request.routePathname.startIndex])
        if !prefix.utf8.allSatisfy({ isURLByte($0) || $0 == UInt8(ascii: "/") }) { prefix = "" }
        guard let host = request.host, !host.isEmpty,
            host.utf8.allSatisfy({ isURLByte($0) || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") })
        else { return prefix.isEmpty ? "/" : prefix }
        let schemes = ["http", "https"]
        let forwarded = request.header(named: "x-forwarded-proto")?.split(separator: ",").first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let scheme = forwarded.flatMap { schemes.contains($0) ? $0 : nil }
            ?? request.head.scheme.flatMap { schemes.contains($0) ? $0 : nil } ?? "http"
        return scheme + "://" + host + prefix
    }

    /// Letters, digits and `-._~%:@!$&'()*+,;=`: what a host with its port and a path segment
    /// hold, and nothing that JSON or YAML would escape inside a double-quoted string.
    private static func isURLByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return urlPunctuation.contains(byte)
        }
    }

    private static let urlPunctuation: [UInt8] = Array("-._~%:@!$&'()*+,;=".utf8)

    /// The first occurrence of `needle` in `bytes`.
    private static func range(of needle: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return start..<(start + needle.count) }
        }
        return nil
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
        if let version = documents.version { self.version = version }
        pluginVersion = documents.version ?? (environment.isEmpty ? "development" : environment)
        if let serverURL = documents.serverURL {
            origin = serverURL
            self.serverURL = serverURL
        }
    }
}
