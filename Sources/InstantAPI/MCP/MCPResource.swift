import InstantAPICore

/// A file the MCP server lists and reads (upstream-gateway §14 `resources/*`): a static
/// route, read through an in-process GET of that route.
struct MCPResource: Sendable, Hashable {
    /// `file://<route name>`.
    var uri: String
    /// The last segment of the route name.
    var name: String
    /// The file's content type, if known.
    var mimeType: String?
    /// The route to GET (`static-test/index.html`), without a leading `/`.
    var route: String

    /// The resource of a static route name (`page.html`, `static-test`, `error:notfound`).
    init(route: String, mimeType: String?) {
        self.uri = "file://" + route
        self.name = route.split(separator: "/").last.map(String.init) ?? route
        self.mimeType = mimeType
        self.route = route
    }

    /// The resource of a static route, typed by its file's extension (without a charset, as
    /// upstream's definition metadata).
    init(staticFile: StaticFile) {
        self.init(route: staticFile.route, mimeType: MediaTypes.mediaType(forFileName: Substring(staticFile.relativePath)))
    }

    /// The `resources/list` entry.
    var listing: JSONValue {
        ["uri": .string(uri), "name": .string(name), "description": .string(name), "mimeType": mimeType.map(JSONValue.string) ?? .null]
    }
}
