/// How a gateway serves: read once at construction, never from the process environment while
/// serving a request.
public struct GatewayConfiguration: Sendable {
    /// The deployment environment. Development pretty-prints JSON; production hides error stacks.
    public struct Environment: Sendable, Hashable, CustomStringConvertible {
        /// The name, e.g. `development`, `production`, `staging`.
        public var name: String

        public init(_ name: String) {
            self.name = name
        }

        /// Pretty JSON, stacks shown.
        public static let development = Environment("development")
        /// Compact JSON, no stacks.
        public static let production = Environment("production")

        /// Whether JSON bodies are pretty-printed.
        public var isDevelopment: Bool { name == "development" || name.isEmpty }
        /// Whether error stacks are hidden.
        public var isProduction: Bool { name == "production" }

        public var description: String { name }
    }

    /// The service name, used in logs.
    public var name: String
    /// The environment; development when not set.
    public var environment: Environment
    /// The address to bind when the gateway runs standalone.
    public var host: String
    /// The port to bind when the gateway runs standalone (0: any free port).
    public var port: Int
    /// The largest request body accepted, in bytes; larger ones get 413.
    public var maxRequestSize: Int
    /// How long a closure may run before the request gets a 504 TimeoutError.
    public var timeout: Duration
    /// Sets the gateway logger to `debug`, which logs every execution with its duration.
    public var debugLogging: Bool
    /// The API's name in the well-known documents (`info.title`); upstream's
    /// `(No name provided)` when `nil`.
    public var apiName: String?
    /// The API's description in the well-known documents; `(No description provided)` when `nil`.
    public var apiDescription: String?
    /// The API's version (`info.version`); the environment name when `nil`, as upstream.
    public var apiVersion: String?
    /// The server URL the documents advertise (`servers[0].url`, function URLs); upstream's
    /// `localhost` when `nil`.
    public var serverURL: String?
    /// Serves the Model Context Protocol at `/server.mcp` (off by default, as upstream).
    public var mcpEnabled: Bool
    /// The MCP `serverInfo.name`; upstream's `MyMCPServer` when `nil`.
    public var mcpServerName: String?
    /// The MCP `serverInfo.version`; upstream's `1.0` when `nil`.
    public var mcpServerVersion: String?
    /// How often an idle event stream (`?_stream`, `?_debug`) writes a `:` keep-alive comment.
    /// The server only learns that a client went away when a write fails (usually the second
    /// one after the disconnect), so this also bounds how fast the closure of a disconnected
    /// stream is cancelled: about two intervals.
    public var streamKeepAliveInterval: Duration
    /// The most event bytes held between a streaming closure and its client; a closure that
    /// streams faster than the client reads waits in `context.stream` beyond it.
    public var streamBufferSize: Int
    /// How long a graceful shutdown waits for background executions (`?_background`) before
    /// cancelling them.
    public var backgroundDrainTimeout: Duration
    /// Timeouts, caps on concurrent work and memory, batch sizes (``GatewayLimits``).
    public var limits: GatewayLimits

    /// - Parameters: see the properties; defaults are upstream's, except the timeout, which is
    ///   the README's 10 minutes, and the settings upstream does not have (keep-alive every
    ///   250 ms, 64 KiB of buffered events per stream, 30 s to drain background work).
    public init(
        name: String = "InstantAPI.Gateway", environment: Environment = .development, host: String = "127.0.0.1",
        port: Int = 8170, maxRequestSize: Int = 128 * 1024 * 1024, timeout: Duration = .seconds(600),
        debugLogging: Bool = false, apiName: String? = nil, apiDescription: String? = nil,
        apiVersion: String? = nil, serverURL: String? = nil, mcpEnabled: Bool = false,
        mcpServerName: String? = nil, mcpServerVersion: String? = nil,
        streamKeepAliveInterval: Duration = .milliseconds(250),
        streamBufferSize: Int = 64 * 1024, backgroundDrainTimeout: Duration = .seconds(30),
        limits: GatewayLimits = GatewayLimits()
    ) {
        self.name = name
        self.environment = environment
        self.host = host
        self.port = port
        self.maxRequestSize = max(0, maxRequestSize)
        self.timeout = timeout
        self.debugLogging = debugLogging
        self.apiName = apiName
        self.apiDescription = apiDescription
        self.apiVersion = apiVersion
        self.serverURL = serverURL
        self.mcpEnabled = mcpEnabled
        self.mcpServerName = mcpServerName
        self.mcpServerVersion = mcpServerVersion
        self.streamKeepAliveInterval = max(.milliseconds(10), streamKeepAliveInterval)
        self.streamBufferSize = max(1, streamBufferSize)
        self.backgroundDrainTimeout = backgroundDrainTimeout
        self.limits = limits
    }
}
