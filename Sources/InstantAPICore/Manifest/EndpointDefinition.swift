/// The HTTP methods a manifest can export by name.
public enum HTTPMethodName: String, Sendable, Hashable, CaseIterable, Codable {
    case GET, POST, PUT, DELETE
}

/// Everything a manifest declares about one endpoint: one per default export, or one per
/// exported method. Field names follow the original framework's definition objects.
public struct EndpointDefinition: Sendable, Hashable {
    /// Route name (`v1/items`, `""` for the root, `dir:notfound`), plus `#METHOD` for named exports.
    public var name: String
    /// The file, relative to the project root (`functions/v1/items.mjs`).
    public var pathname: String
    /// The exported method, or `nil` for a default export (which answers every method).
    public var method: HTTPMethodName?
    public var format: Format
    public var description: String
    public var isPrivate: Bool
    /// Allowed CORS origins, or `nil` for any.
    public var origins: [String]?
    public var background: BackgroundMode?
    public var charge: Int
    public var streams: [Parameter]?
    /// Whether the function takes a `context` argument (always for inline files).
    public var takesContext: Bool
    public var params: [Parameter]
    public var returns: Parameter
    /// The line of the export statement, for diagnostics.
    public var line: Int

    public init(
        name: String, pathname: String, method: HTTPMethodName?, format: Format, description: String,
        isPrivate: Bool, origins: [String]?, background: BackgroundMode?, charge: Int, streams: [Parameter]?,
        takesContext: Bool, params: [Parameter], returns: Parameter, line: Int
    ) {
        self.name = name
        self.pathname = pathname
        self.method = method
        self.format = format
        self.description = description
        self.isPrivate = isPrivate
        self.origins = origins
        self.background = background
        self.charge = charge
        self.streams = streams
        self.takesContext = takesContext
        self.params = params
        self.returns = returns
        self.line = line
    }

    /// The route name without the `#METHOD` suffix.
    public var route: String {
        guard let hash = name.firstIndex(of: "#") else { return name }
        return String(name[..<hash])
    }

    /// `{language, async, inline}` as the original records it.
    public struct Format: Sendable, Hashable {
        public var language: String
        public var isAsync: Bool
        public var isInline: Bool

        public init(language: String = "nodejs", isAsync: Bool, isInline: Bool) {
            self.language = language
            self.isAsync = isAsync
            self.isInline = isInline
        }
    }
}

/// `@background MODE [names…]`: what an immediate 202 answer contains.
public struct BackgroundMode: Sendable, Hashable {
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        case info, empty, params
    }

    public var mode: Mode
    /// For `params`: the space-separated parameter names to echo (empty: all).
    public var value: String

    public init(mode: Mode, value: String) {
        self.mode = mode
        self.value = value
    }
}
