import Foundation
import Testing
@testable import InstantAPICore

/// Scanning `www/`: route names, directory indexes, not-found pages, ignored files, conflicts
/// and symlinks.
@Suite struct StaticLoadingTests {
    /// A throw-away project root; paths start with `functions/` or `www/`.
    final class Project {
        let root: URL

        init(_ files: [String: String]) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("instant-static-\(UUID().uuidString)")
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent("functions"), withIntermediateDirectories: true)
            for (path, text) in files {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: false, encoding: .utf8)
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func load() -> ManifestSet { ManifestLoader(environment: [:]).load(root: root) }
    }

    private func routes(_ set: ManifestSet) -> [String: String] {
        Dictionary(uniqueKeysWithValues: set.staticFiles.map { ($0.route, $0.relativePath) })
    }

    @Test func routeNames() throws {
        let project = try Project([
            "www/index.html": "home", "www/page.html": "p", "www/old.htm": "o", "www/guide.md": "# g",
            "www/logo.png": "png", "www/docs/index.htm": "d", "www/notes/index.md": "n", "www/err/404.html": "e",
            "www/Makefile": "m", "www/a/b/c.txt": "c",
        ])
        let set = project.load()
        #expect(set.diagnostics.isEmpty)
        #expect(
            routes(set) == [
                "index.html": "index.html", "": "index.html", "page.html": "page.html", "page": "page.html",
                "old.htm": "old.htm", "old": "old.htm", "guide.md": "guide.md", "guide": "guide.md",
                "logo.png": "logo.png", "docs/index.htm": "docs/index.htm", "docs": "docs/index.htm",
                "notes/index.md": "notes/index.md", "notes": "notes/index.md", "err:notfound": "err/404.html",
                "Makefile": "Makefile", "a/b/c.txt": "a/b/c.txt",
            ])
        let notFound = try #require(set.staticFiles.first { $0.route == "err:notfound" })
        #expect(notFound.isNotFoundPage)
        #expect(notFound.pathname == "www/err/404.html")
        #expect(set.staticFiles.first { $0.route == "guide" }?.isMarkdown == true)
    }

    @Test func indexHTMLWinsOverIndexMarkdown() throws {
        for order in [["www/x/index.md", "www/x/index.html"], ["www/x/index.html", "www/x/index.md"]] {
            let project = try Project(Dictionary(uniqueKeysWithValues: order.map { ($0, "x") }))
            let set = project.load()
            #expect(set.diagnostics.isEmpty)
            #expect(routes(set)["x"] == "x/index.html")
            #expect(routes(set)["x/index.md"] == "x/index.md")
        }
    }

    @Test func conflictsNameBothFiles() throws {
        let project = try Project([
            "functions/hello.mjs": "export default async () => {}",
            "functions/docs/404.mjs": "export default async () => {}",
            "www/hello.html": "h", "www/docs/404.htm": "d", "www/a.html": "a", "www/a.md": "a",
            "www/b/index.html": "b", "www/b/index.htm": "b",
        ])
        let messages = project.load().diagnostics.map(\.description)
        #expect(
            messages == [
                "www/a.md: error: Static file route \"a\" was already claimed by www/a.html; a route can only be served by one file",
                "www/b/index.html: error: Static file route \"b\" was already claimed by www/b/index.htm; a route can only be served by one file",
                "www/docs/404.htm: error: Static file route \"docs:notfound\" conflicts with function functions/docs/404.mjs",
                "www/hello.html: error: Static file route \"hello\" conflicts with function functions/hello.mjs",
            ])
    }

    @Test func ignoredFilesAreSkipped() throws {
        let project = try Project([
            "www/.DS_Store": "x", "www/.page.swp": "x", "www/npm-debug.log": "x", "www/.git/config": "x",
            "www/ok.txt": "ok",
        ])
        #expect(routes(project.load()) == ["ok.txt": "ok.txt"])
    }

    @Test func noWwwFolderIsFine() throws {
        let project = try Project(["functions/a.mjs": "export default async () => {}"])
        let set = project.load()
        #expect(set.staticFiles.isEmpty)
        #expect(set.diagnostics.isEmpty)
    }

    @Test func symlinksEscapingWwwAreSkippedWithAWarning() throws {
        let project = try Project(["www/in.txt": "in", "secret/key.txt": "k"])
        let manager = FileManager.default
        let www = project.root.appendingPathComponent("www")
        try manager.createSymbolicLink(
            at: www.appendingPathComponent("key.txt"), withDestinationURL: project.root.appendingPathComponent("secret/key.txt"))
        try manager.createSymbolicLink(
            at: www.appendingPathComponent("dir"), withDestinationURL: project.root.appendingPathComponent("secret"))
        try manager.createSymbolicLink(at: www.appendingPathComponent("same.txt"), withDestinationURL: www.appendingPathComponent("in.txt"))
        let set = project.load()
        #expect(routes(set) == ["in.txt": "in.txt", "same.txt": "same.txt"])
        #expect(set.diagnostics.map(\.severity) == [.warning, .warning])
        #expect(set.diagnostics.map(\.file) == ["www/dir/key.txt", "www/key.txt"])
        #expect(!set.hasErrors)
        let same = try #require(set.staticFiles.first { $0.route == "same.txt" })
        #expect(same.url.lastPathComponent == "in.txt")
    }
}
