import InstantAPICore

/// A file the MCP server lists and reads (upstream-gateway §14 `resources/*`), read through an
/// in-process GET of one of its static routes.
struct MCPResource: Sendable, Hashable {
    /// `file://<path under www/>`: upstream's `file://<route>` for every file reachable under
    /// its own path (`file://static-test/index.html`); a folder index or a not-found page is
    /// listed once, under its file (upstream also lists `file://` and `file://error:notfound`,
    /// which are no URIs a client can parse).
    var uri: String
    /// The last segment of the path.
    var name: String
    /// The file's content type, if known.
    var mimeType: String?
    /// The route to GET (`static-test/index.html`, `error:notfound`), without a leading `/`.
    var route: String
    /// Whether the route answers 404 by design (a `404.html` page).
    var isNotFoundPage: Bool
    /// Whether the file is Markdown: read with `?raw=t`, so the text is what `mimeType` says.
    var isMarkdown: Bool

    init(path: String, route: String, mimeType: String?, isNotFoundPage: Bool = false, isMarkdown: Bool = false) {
        self.uri = "file://" + path
        self.name = path.split(separator: "/").last.map(String.init) ?? path
        self.mimeType = mimeType
        self.route = route
        self.isNotFoundPage = isNotFoundPage
        self.isMarkdown = isMarkdown
    }

    /// One resource per file of `staticFiles`, in order: under the route that is its own path
    /// when it has one, else under its only route (a not-found page).
    static func resources(of staticFiles: [StaticFile]) -> [MCPResource] {
        var byPath: [String: StaticFile] = [:]
        var order: [String] = []
        for file in staticFiles {
            if let chosen = byPath[file.relativePath] {
                if chosen.route != file.relativePath && file.route == file.relativePath { byPath[file.relativePath] = file }
            } else {
                byPath[file.relativePath] = file
                order.append(file.relativePath)
            }
        }
        return order.compactMap { byPath[$0] }.map { file in
            MCPResource(
                path: file.relativePath, route: file.route,
                mimeType: MediaTypes.mediaType(forFileName: Substring(file.relativePath)),
                isNotFoundPage: file.isNotFoundPage, isMarkdown: file.isMarkdown)
        }
    }

    /// The `resources/list` entry; `mimeType` is left out when unknown (the specification
    /// makes it optional and has no `null`).
    var listing: JSONValue {
        var entry: JSONObject = ["uri": .string(uri), "name": .string(name), "description": .string(name)]
        if let mimeType { entry["mimeType"] = .string(mimeType) }
        return .object(entry)
    }
}
