/// What the well-known documents say about the service itself: the plugin fields and the
/// gateway inputs of upstream-parser-types §14.1-§14.2. Defaults are upstream's, except the
/// OpenAPI `info.version` and `servers` (SPEC §4: a real version and a usable URL).
public struct APIMetadata: Sendable, Hashable {
    /// `info.title` and the plugin name.
    public var name: String
    /// `info.description` and the plugin description.
    public var description: String
    /// The OpenAPI `info.version`: a version number, which generators turn into a package
    /// version (upstream's environment name is not one).
    public var version: String
    /// The `plugin.json` version: upstream uses the environment name.
    public var pluginVersion: String
    /// The origin of the plugin URLs and of each function's `url` in `schema.json`.
    public var origin: String
    /// `servers[0].url` of the OpenAPI document; ``origin`` when `nil`.
    public var serverURL: String?
    /// `servers[0].description`.
    public var serverDescription: String
    /// The prefix of every `operationId` (`service.localhost` gives `service_localhost_…`).
    public var identifier: String

    /// - Parameters: see the properties.
    public init(
        name: String = "(No name provided)", description: String = "(No description provided)",
        version: String = "1.0.0", pluginVersion: String = "development", origin: String = "localhost",
        serverURL: String? = nil, serverDescription: String = "Instant API Gateway",
        identifier: String = "service.localhost"
    ) {
        self.name = name
        self.description = description
        self.version = version
        self.pluginVersion = pluginVersion
        self.origin = origin
        self.serverURL = serverURL
        self.serverDescription = serverDescription
        self.identifier = identifier
    }
}
