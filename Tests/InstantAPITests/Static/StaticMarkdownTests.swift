import Foundation
import InstantAPI
import Testing

@Suite("Static Markdown pages")
struct StaticMarkdownTests {
    @Test func rendersACompletePage() async throws {
        try await withStaticGateway { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/guide.md")
            #expect(response.statusLine == "HTTP/1.1 200 OK")
            #expect(response.maskedLines == staticOK("text/html; charset=utf-8", response.body.count))
            let page = response.bodyText
            #expect(page.hasPrefix("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
            #expect(page.contains("<title>The Guide</title>"))
            #expect(page.contains("<h1>The <em>Guide</em></h1>"))
            #expect(page.contains("<h2>Code</h2>"))
            #expect(page.contains("<pre><code class=\"language-swift\">let x = 1 &lt; 2\n</code></pre>"))
            #expect(page.contains("<a href=\"https://example.com/a?b=1&amp;c=2\">link</a>"))
            #expect(!page.contains("<script>"), "raw HTML is not passed through")
            #expect(page.hasSuffix("</main>\n</body>\n</html>\n"))
            let bare = try await RawHTTPClient.request(port: port, "GET", "/guide")
            #expect(bare.body == response.body)
            #expect(bare.header("Etag") == response.header("Etag"))
        }
    }

    @Test func rawReturnsTheSource() async throws {
        try await withStaticGateway { port in
            let source = try String(contentsOfFile: try Fixture.root("static") + "/www/guide.md", encoding: .utf8)
            let page = try await RawHTTPClient.request(port: port, "GET", "/guide")
            for target in ["/guide.md?raw=t", "/guide?raw=true"] {
                let raw = try await RawHTTPClient.request(port: port, "GET", target)
                #expect(raw.statusLine == "HTTP/1.1 200 OK")
                #expect(raw.maskedLines == staticOK("text/markdown; charset=utf-8", source.utf8.count), "\(target)")
                #expect(raw.bodyText == source)
                #expect(raw.header("Etag") != page.header("Etag"), "the source and the page are different representations")
            }
        }
    }

    @Test func indexMarkdownIsADirectoryIndex() async throws {
        try await withStaticGateway { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/notes/")
            #expect(response.header("Content-Type") == "text/html; charset=utf-8")
            #expect(response.bodyText.contains("<title>Notes &amp; Things</title>"))
            #expect(response.bodyText.contains("<p>The notes index.</p>"))
            let file = try await RawHTTPClient.request(port: port, "GET", "/notes/index.md")
            #expect(file.body == response.body)
        }
    }

    @Test func renderingFailureIsAnAutoformatError() async throws {
        let errors = ErrorLog()
        try await withStaticGateway(errors: errors) { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/bad.md")
            #expect(response.statusLine == "HTTP/1.1 415 Unsupported Media Type")
            #expect(response.header("X-Execution-Uuid") != nil)
            #expect(
                response.bodyText == """
                    {
                      "error": {
                        "type": "AutoformatError",
                        "message": "Could not render www/bad.md as HTML: the file is not valid UTF-8",
                        "details": {
                          "retry": "You can try this request again with ?raw=t set in the HTTP query parameters to see the raw file contents"
                        }
                      }
                    }
                    """)
            let raw = try await RawHTTPClient.request(port: port, "GET", "/bad.md?raw=t")
            #expect(raw.statusLine == "HTTP/1.1 200 OK")
            #expect(raw.body == Array("# Broken ".utf8) + [0xFF, 0xFE] + Array(" text\n".utf8))
        }
        #expect(errors.all == ["AutoformatError"])
    }
}
