/// What the well-known documents say about the service itself: the plugin fields and the
/// gateway inputs of upstream-parser-types §14.1-§14.2. Defaults are upstream's.
public struct APIMetadata: Sendable, Hashable {
    /// `info.title` and the plugin name.
    public var name: String
    /// `info.description` and the plugin description.
    public var description: String
    /// `info.version`: upstream uses the environment name.
    public var version: String
    /// The server URL (`servers[0].url`, the `url` of each function, the plugin URLs).
    public var origin: String
    /// `servers[0].description`.
    public var serverDescription: String
    /// The prefix of every `operationId` (`service.localhost` gives `service_localhost_…`).
    public var identifier: String

    /// - Parameters: see the properties.
    public init(
        name: String = "(No name provided)", description: String = "(No description provided)",
        version: String = "development", origin: String = "localhost",
        serverDescription: String = "Instant API Gateway", identifier: String = "service.localhost"
    ) {
        self.name = name
        self.description = description
        self.version = version
        self.origin = origin
        self.serverDescription = serverDescription
        self.identifier = identifier
    }
}
