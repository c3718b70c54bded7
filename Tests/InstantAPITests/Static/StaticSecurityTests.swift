import Foundation
import InstantAPI
import Testing

@Suite("Static paths never escape www/")
struct StaticSecurityTests {
    @Test func traversalAttemptsAreNotFound() async throws {
        try await withStaticGateway { port in
            let targets = [
                "/../functions/hello.mjs", "/..%2ffunctions%2fhello.mjs", "/%2e%2e/functions/hello.mjs",
                "/docs/../page.html", "/docs/%2e%2e/page.html", "//etc/passwd", "/%2Fetc%2Fpasswd",
                "/docs\\..\\page.html", "/page.html%00.txt", "/./page.html", "/www/page.html",
                "/error/../../functions/hello.mjs",
            ]
            for target in targets {
                let response = try await RawHTTPClient.request(port: port, "GET", target)
                #expect(
                    response.statusLine == "HTTP/1.1 404 Not Found" || response.statusLine == "HTTP/1.1 400 Bad Request",
                    "\(target)")
                #expect(!response.bodyText.contains("export default"), "\(target)")
                #expect(!response.bodyText.contains("this is an html file"), "\(target)")
            }
        }
    }

    @Test func symlinksOutsideWwwAreSkippedInsideAreServed() async throws {
        try await withStaticCopy { root in
            let manager = FileManager.default
            let www = root.appendingPathComponent("www")
            let secret = root.appendingPathComponent("secret.txt")
            try Data("secret\n".utf8).write(to: secret)
            try manager.createSymbolicLink(at: www.appendingPathComponent("leak.txt"), withDestinationURL: secret)
            try manager.createSymbolicLink(
                at: www.appendingPathComponent("outside"), withDestinationURL: root.appendingPathComponent("functions"))
            try manager.createSymbolicLink(
                at: www.appendingPathComponent("alias.txt"), withDestinationURL: www.appendingPathComponent("plain.txt"))
            try await withStaticGateway(root: root.path) { port in
                for target in ["/leak.txt", "/outside/hello.mjs"] {
                    let response = try await RawHTTPClient.request(port: port, "GET", target)
                    #expect(response.statusLine == "HTTP/1.1 404 Not Found", "\(target)")
                }
                let alias = try await RawHTTPClient.request(port: port, "GET", "/alias.txt")
                #expect(alias.bodyText == "plain text\n")
            }
        }
    }

    @Test func fileReplacedBySymlinkAfterLoadIsNotFollowed() async throws {
        try await withStaticCopy { root in
            let manager = FileManager.default
            let file = root.appendingPathComponent("www/plain.txt")
            let secret = root.appendingPathComponent("secret.txt")
            try Data("secret\n".utf8).write(to: secret)
            try await withStaticGateway(root: root.path) { port in
                try manager.removeItem(at: file)
                try manager.createSymbolicLink(at: file, withDestinationURL: secret)
                let response = try await RawHTTPClient.request(port: port, "GET", "/plain.txt")
                #expect(response.statusLine == "HTTP/1.1 404 Not Found")
                #expect(!response.bodyText.contains("secret"))
            }
        }
    }
}
