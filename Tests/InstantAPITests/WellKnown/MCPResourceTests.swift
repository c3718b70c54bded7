import Foundation
@testable import InstantAPI
import InstantAPICore
import Testing

/// The `resources/list` entries made from `www/` routes: one per file, URIs clients can parse.
@Suite("MCP resources")
struct MCPResourceTests {
    private func file(_ route: String, _ path: String, notFound: Bool = false) -> StaticFile {
        StaticFile(
            route: route, relativePath: path, pathname: "www/" + path, url: URL(fileURLWithPath: "/www/" + path),
            isNotFoundPage: notFound)
    }

    @Test func eachFileOnceUnderItsOwnPath() {
        let resources = MCPResource.resources(of: [
            file("", "index.html"), file("index.html", "index.html"), file("guide.md", "guide.md"), file("guide", "guide.md"),
            file("docs", "docs/index.md"), file("docs/index.md", "docs/index.md"),
            file("error:notfound", "error/404.html", notFound: true), file("logo.png", "logo.png"),
        ])
        #expect(resources.map(\.uri) == ["file://index.html", "file://guide.md", "file://docs/index.md", "file://error/404.html", "file://logo.png"])
        #expect(resources.map(\.route) == ["index.html", "guide.md", "docs/index.md", "error:notfound", "logo.png"])
        #expect(resources.map(\.name) == ["index.html", "guide.md", "index.md", "404.html", "logo.png"])
        #expect(resources.map(\.mimeType) == ["text/html", "text/markdown", "text/markdown", "text/html", "image/png"])
        #expect(resources.map(\.isMarkdown) == [false, true, true, false, false])
        #expect(resources.map(\.isNotFoundPage) == [false, false, false, true, false])
    }
}
