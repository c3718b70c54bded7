import InstantAPICore

/// The routes of a loaded gateway, built once: route name to the endpoints of its methods.
struct RouteTable: Sendable {
    /// The endpoints answering one route name.
    struct Methods: Sendable {
        var byMethod: [HTTPMethodName: Endpoint] = [:]
        var defaultExport: Endpoint?

        func endpoint(for method: HTTPMethodName?) -> Endpoint? {
            if let method, let endpoint = byMethod[method] { return endpoint }
            return defaultExport
        }
    }

    /// The outcome of a lookup (upstream-gateway §3.1, §3.3).
    enum Lookup {
        case found(Endpoint)
        /// A file under `www/` (any of GET, POST, PUT, DELETE).
        case staticFile(StaticFile)
        /// The route exists without this method: 501 `"<name>": <METHOD> Not Implemented`.
        case notImplemented(name: String)
        case notFound
    }

    private var routes: [String: Methods] = [:]
    /// Static routes; the loader guarantees they never share a name with a function route.
    private var statics: [String: StaticFile] = [:]
    /// The most segments before `:notfound` in any not-found route (`v1/a:notfound`: 2): the
    /// not-found walk starts no deeper, so a long path costs one scan, not a string per segment.
    private var notFoundDepth = 0
    /// Small static files and rendered Markdown pages kept in memory, shared by all requests.
    let staticCache = StaticContentCache()

    init(endpoints: [Endpoint], staticFiles: [StaticFile] = []) {
        for file in staticFiles { statics[file.route] = file }
        for route in Array(statics.keys) + endpoints.map(\.definition.route) where route.hasSuffix(":notfound") {
            let parent = route.dropLast(":notfound".count)
            notFoundDepth = max(notFoundDepth, parent.isEmpty ? 0 : parent.split(separator: "/", omittingEmptySubsequences: false).count)
        }
        for endpoint in endpoints {
            let route = endpoint.definition.route
            if let method = endpoint.definition.method {
                routes[route, default: Methods()].byMethod[method] = endpoint
            } else {
                routes[route, default: Methods()].defaultExport = endpoint
            }
        }
    }

    /// Whether a route of exactly this name exists (any method), before any not-found walk:
    /// such routes take precedence over the well-known and MCP routes (upstream-gateway §3.1).
    func hasRoute(_ name: String) -> Bool {
        routes[name] != nil || statics[name] != nil
    }

    /// The endpoint for a route name and method: the exact name first, then the not-found
    /// handlers `name:notfound`, then each parent's, then the root's `:notfound`.
    func lookup(_ name: String, method: String) -> Lookup {
        let methodName = HTTPMethodName(rawValue: method)
        if let entry = routes[name] {
            if let endpoint = entry.endpoint(for: methodName) { return .found(endpoint) }
            return .notImplemented(name: name)
        }
        if let file = statics[name] { return .staticFile(file) }
        var prefix = Self.leadingSegments(of: Substring(name), count: notFoundDepth)
        while true {
            let key = prefix + ":notfound"
            if let entry = routes[String(key)] {
                if let endpoint = entry.endpoint(for: methodName) { return .found(endpoint) }
                return .notImplemented(name: String(key))
            }
            if let file = statics[String(key)] { return .staticFile(file) }
            if prefix.isEmpty { return .notFound }
            if let slash = prefix.lastIndex(of: "/") {
                prefix = prefix[..<slash]
            } else {
                prefix = ""
            }
        }
    }

    /// The first `count` `/`-separated segments of `name` (all of it when it has no more).
    static func leadingSegments(of name: Substring, count: Int) -> Substring {
        guard count > 0 else { return "" }
        var seen = 0
        var index = name.startIndex
        while let slash = name[index...].firstIndex(of: "/") {
            seen += 1
            if seen == count { return name[..<slash] }
            index = name.index(after: slash)
        }
        return name
    }

    /// The route name of a raw pathname: one leading and one trailing `/` removed.
    static func routeName(ofPath path: Substring) -> Substring {
        var name = path
        if name.first == "/" { name = name.dropFirst() }
        if name.last == "/" { name = name.dropLast() }
        return name
    }
}
