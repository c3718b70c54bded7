import Foundation
import InstantAPI
import Testing

@Suite("The example's www/")
struct ExampleWwwTests {
    /// The repository's own `www/`, served beside the fixture's functions.
    @Test func landingPageAndGuideRender() async throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("example-www-\(UUID().uuidString)")
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: root) }
        try manager.copyItem(at: repository.appendingPathComponent("www"), to: root.appendingPathComponent("www"))
        try manager.copyItem(
            at: URL(fileURLWithPath: try Fixture.root("static")).appendingPathComponent("functions"),
            to: root.appendingPathComponent("functions"))
        try await withStaticGateway(root: root.path) { port in
            let landing = try await RawHTTPClient.request(port: port, "GET", "/")
            #expect(landing.header("Content-Type") == "text/html; charset=utf-8")
            #expect(landing.bodyText.contains("href=\"/guide\""))
            #expect(landing.bodyText.contains("href=\"/.well-known/openapi.json\""))
            let guide = try await RawHTTPClient.request(port: port, "GET", "/guide/")
            #expect(guide.statusLine == "HTTP/1.1 200 OK")
            #expect(guide.bodyText.contains("<title>Writing an endpoint</title>"))
            #expect(guide.bodyText.contains("<pre><code class=\"language-swift\">import InstantAPI"))
            #expect(guide.bodyText.contains("gateway.register(&quot;v1/greet&quot;"))
        }
    }
}
