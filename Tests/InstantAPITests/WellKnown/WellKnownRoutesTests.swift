import Foundation
import InstantAPI
import InstantAPICore
import Testing

@Suite("Well-known documents over HTTP")
struct WellKnownRoutesTests {
    /// The expose list of a response whose content type the handler set.
    static let exposeWithContentType =
        "Access-Control-Expose-Headers: content-type, x-instant-api, access-control-allow-origin, access-control-allow-methods, access-control-allow-headers, x-execution-uuid"

    /// The document as generated offline; the OpenAPI ones name the server as it was reached.
    static func expected(_ name: String, port: Int) throws -> [UInt8] {
        let manifests = ManifestLoader().load(root: URL(fileURLWithPath: try Fixture.root("wellknown")))
        let metadata = APIMetadata(serverURL: "http://localhost:\(port)")
        let documents = WellKnownDocuments(definitions: manifests.definitions, metadata: metadata)
        return try #require(try documents.rendered(name)).body
    }

    @Test(arguments: [
        ("openapi.json", "application/json"), ("openapi.yaml", "application/yaml"), ("schema.json", "application/json"),
        ("ai-plugin.json", "application/json"), ("plugin.json", "application/json"),
    ])
    func documentHeadersAndBody(name: String, contentType: String) async throws {
        try await withWellKnownGateway { port in
            let body = try Self.expected(name, port: port)
            let response = try await RawHTTPClient.request(port: port, "GET", "/.well-known/\(name)", headers: [("User-Agent", "t")])
            #expect(response.statusLine == "HTTP/1.1 200 OK")
            #expect(
                response.headerLines()
                    == ["Content-Type: \(contentType)"] + corsBlock + [Self.exposeWithContentType, "Content-Length: \(body.count)"])
            #expect(response.body == body)
        }
    }

    @Test func openAPIDocumentContent() async throws {
        try await withWellKnownGateway { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/.well-known/openapi.json")
            let document = try JSONValue.parse(bytes: response.body)
            guard case .object(let paths)? = document["paths"] else { Issue.record("no paths"); return }
            // Private endpoints are left out; not-found handlers appear as `/*/`.
            #expect(Array(paths.keys) == ["/*/", "/blob/", "/items/", "/my_function/", "/pixel/"])
            #expect(document["paths"]?["/items/"]?["get"]?["parameters"]?.arrayValue?[0]["required"] == true)
            #expect(document["paths"]?["/items/"]?["get"]?["parameters"]?.arrayValue?[1]["required"] == nil)
            let yaml = try await RawHTTPClient.request(port: port, "GET", "/.well-known/openapi.yaml")
            #expect(try YAMLDocument.parse(yaml.bodyText) == document)
        }
    }

    @Test func documentsUseTheConfiguredMetadata() async throws {
        let configuration = GatewayConfiguration(
            documents: .init(
                title: "Items API", description: "Stores items", version: "1.2.3", serverURL: "https://items.example.com"))
        try await withWellKnownGateway(configuration) { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/.well-known/openapi.json")
            let document = try JSONValue.parse(bytes: response.body)
            #expect(document["info"]?.jsonString() == #"{"version":"1.2.3","title":"Items API","description":"Stores items"}"#)
            #expect(document["servers"]?.jsonString() == #"[{"url":"https://items.example.com","description":"Instant API Gateway"}]"#)
            let plugin = try await RawHTTPClient.request(port: port, "GET", "/.well-known/ai-plugin.json")
            #expect(try JSONValue.parse(bytes: plugin.body)["contact_email"] == "noreply@https://items.example.com")
        }
    }

    @Test func openAPIServerIsTheURLTheRequestReached() async throws {
        try await withWellKnownGateway { port in
            func server(_ head: String) async throws -> JSONValue? {
                let request = "GET /.well-known/openapi.json HTTP/1.1\r\n\(head)Connection: close\r\n\r\n"
                let response = try await RawHTTPClient.send(port: port, Array(request.utf8))
                return try JSONValue.parse(bytes: response.body)["servers"]?.arrayValue?.first?["url"]
            }
            #expect(try await server("Host: api.example.com:8443\r\n") == "http://api.example.com:8443")
            #expect(try await server("Host: api.example.com\r\nX-Forwarded-Proto: https\r\n") == "https://api.example.com")
            #expect(try await server("Host: [::1]:80\r\nX-Forwarded-Proto: gopher\r\n") == "http://[::1]:80")
            // A Host no host has is not echoed: the URL is relative to the document.
            #expect(try await server("Host: a\"b\r\n") == "/")
            let yaml = try await RawHTTPClient.request(port: port, "GET", "/.well-known/openapi.yaml")
            #expect(try YAMLDocument.parse(yaml.bodyText)["servers"]?.arrayValue?.first?["url"] == .string("http://localhost:\(port)"))
            // A version number by default; plugin.json keeps upstream's environment name.
            let document = try await RawHTTPClient.request(port: port, "GET", "/.well-known/openapi.json")
            #expect(try JSONValue.parse(bytes: document.body)["info"]?["version"] == "1.0.0")
            let plugin = try await RawHTTPClient.request(port: port, "GET", "/.well-known/plugin.json")
            #expect(try JSONValue.parse(bytes: plugin.body)["version"] == "development")
        }
    }

    @Test func openAPIServerOfAMountedGatewayHasThePrefix() async throws {
        try await MountingTests.withMountedGateway(at: "/api") { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/api/.well-known/openapi.json")
            let document = try JSONValue.parse(bytes: response.body)
            #expect(document["servers"]?.arrayValue?.first?["url"] == .string("http://localhost:\(port)/api"))
        }
    }

    @Test func precedenceOverTheNotFoundWalk() async throws {
        try await withWellKnownGateway(GatewayConfiguration()) { port in
            // Well-known names win over the root not-found handler ...
            let document = try await RawHTTPClient.request(port: port, "POST", "/.well-known/schema.json/")
            #expect(document.statusLine == "HTTP/1.1 200 OK")
            // ... other names under .well-known reach it ...
            let other = try await RawHTTPClient.request(port: port, "GET", "/.well-known/other.json")
            #expect(other.statusLine == "HTTP/1.1 404 Not Found")
            #expect(other.bodyText == "nothing at .well-known/other.json")
            // ... and so does server.mcp, answered as disabled.
            let mcp = try await mcpPost(port, "{}")
            #expect(mcp.statusLine == "HTTP/1.1 404 Not Found")
            #expect(mcp.headerLines() == corsBlock + [exposeWithoutUUID, "Content-Type: application/json", "Content-Length: 121"])
            #expect(
                mcp.bodyText
                    == "{\n  \"error\": {\n    \"type\": \"NotFoundError\",\n    \"message\": \"Model Context Protocol is not enabled for this service\"\n  }\n}"
            )
        }
    }
}
