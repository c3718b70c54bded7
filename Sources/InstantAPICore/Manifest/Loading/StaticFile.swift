import Foundation

/// One route served from a file under `www/`. A file can serve several routes
/// (`guide.md` serves `guide.md` and `guide`; `docs/index.html` serves `docs/index.html` and
/// `docs`), each listed as its own `StaticFile`.
public struct StaticFile: Sendable, Hashable {
    /// The route name (`page.html`, `page`, `docs`, `docs:notfound`, `""` for the root index).
    public var route: String
    /// Path relative to the www folder (`docs/index.html`).
    public var relativePath: String
    /// Path relative to the project root, for messages (`www/docs/index.html`).
    public var pathname: String
    /// The file on disk, symlinks resolved (always inside the www folder).
    public var url: URL
    /// Whether this route is a `404.html`/`404.htm` not-found page (answered with status 404).
    public var isNotFoundPage: Bool

    /// Whether the file is Markdown, rendered to HTML when served.
    public var isMarkdown: Bool {
        relativePath.lowercased().hasSuffix(".md")
    }

    public init(route: String, relativePath: String, pathname: String, url: URL, isNotFoundPage: Bool) {
        self.route = route
        self.relativePath = relativePath
        self.pathname = pathname
        self.url = url
        self.isNotFoundPage = isNotFoundPage
    }
}
