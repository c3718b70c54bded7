/// How a gateway serves: read once at construction, never from the process environment while
/// serving a request. Where the gateway listens is not part of it: that is the Hummingbird
/// `ApplicationConfiguration` given to ``Gateway/run(root:server:)`` or to your own application.
public struct GatewayConfiguration: Sendable {
    /// The service name, used in logs.
    public var name: String
    /// The environment; development when not set.
    public var environment: Environment
    /// The largest request body accepted, in bytes; larger ones get 413.
    public var maxRequestSize: Int
    /// How long a closure may run before the request gets a 504 TimeoutError.
    public var timeout: Duration
    /// Sets the gateway logger to `debug`, which logs every execution with its duration.
    public var debugLogging: Bool
    /// What the well-known documents say about the API.
    public var documents: Documents
    /// The Model Context Protocol endpoint `/server.mcp`.
    public var mcp: MCP
    /// Event streams (`?_stream`, `?_debug`).
    public var streaming: Streaming
    /// The `/docs` page; in development only by default.
    public var docs: Docs
    /// Reloading the routes when `functions/` or `www/` change; in development only by default.
    public var hotReload: HotReload
    /// Background executions (`?_background`): queue, retries, status retention.
    public var background: Background
    /// Timeouts, caps on concurrent work and memory, batch sizes (``GatewayLimits``).
    public var limits: GatewayLimits

    /// - Parameters: see the properties; defaults are upstream's, except the timeout, which is
    ///   the README's 10 minutes.
    public init(
        name: String = "InstantAPI.Gateway", environment: Environment = .development,
        maxRequestSize: Int = 128 * 1024 * 1024, timeout: Duration = .seconds(600), debugLogging: Bool = false,
        documents: Documents = Documents(), mcp: MCP = MCP(), streaming: Streaming = Streaming(),
        docs: Docs = .automatic, hotReload: HotReload = .automatic, background: Background = Background(),
        limits: GatewayLimits = GatewayLimits()
    ) {
        self.name = name
        self.environment = environment
        self.maxRequestSize = max(0, maxRequestSize)
        self.timeout = timeout
        self.debugLogging = debugLogging
        self.documents = documents
        self.mcp = mcp
        self.streaming = streaming
        self.docs = docs
        self.hotReload = hotReload
        self.background = background
        self.limits = limits
    }
}

extension GatewayConfiguration {
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

    /// The API as the well-known documents (`/.well-known/openapi.json` and the others) describe it.
    public struct Documents: Sendable, Hashable {
        /// `info.title`; upstream's `(No name provided)` when `nil`.
        public var title: String?
        /// `info.description`; `(No description provided)` when `nil`.
        public var description: String?
        /// `info.version` and the `plugin.json` version. When `nil`, `info.version` is `1.0.0`
        /// (generators need a version number) and `plugin.json` keeps upstream's environment name.
        public var version: String?
        /// The public URL of the API: `servers[0].url` of the OpenAPI document, the function
        /// URLs of `schema.json` and the plugin URLs. When `nil`, the OpenAPI document gives the
        /// URL each request reached the server at (its scheme, or `X-Forwarded-Proto`, its `Host`
        /// and the mount prefix) and the other documents upstream's `localhost`. Set it in
        /// production: a `Host` header is whatever the client sends.
        public var serverURL: String?

        public init(title: String? = nil, description: String? = nil, version: String? = nil, serverURL: String? = nil) {
            self.title = title
            self.description = description
            self.version = version
            self.serverURL = serverURL
        }
    }

    /// The Model Context Protocol endpoint, `/server.mcp` (off by default, as upstream).
    public struct MCP: Sendable, Hashable {
        /// Whether `/server.mcp` answers.
        public var isEnabled: Bool
        /// `serverInfo.name`; upstream's `MyMCPServer` when `nil`.
        public var serverName: String?
        /// `serverInfo.version`; upstream's `1.0` when `nil`.
        public var serverVersion: String?
        /// The web pages that may call it (``AllowedOrigins``); by default the server's own
        /// host and loopback pages.
        public var allowedOrigins: AllowedOrigins

        public init(
            isEnabled: Bool = false, serverName: String? = nil, serverVersion: String? = nil,
            allowedOrigins: AllowedOrigins = .sameHostAndLoopback()
        ) {
            self.isEnabled = isEnabled
            self.serverName = serverName
            self.serverVersion = serverVersion
            self.allowedOrigins = allowedOrigins
        }

        /// MCP served with upstream's server name and version.
        public static let enabled = MCP(isEnabled: true)
    }

    /// The `/docs` page (``GatewayConfiguration/docs``): every public endpoint and a form to
    /// try each, generated at load from the manifests.
    public struct Docs: Sendable, Hashable {
        /// `nil`: served in development, not in production.
        public var isEnabled: Bool?

        /// Whether the page is served in `environment`.
        func isServed(in environment: Environment) -> Bool {
            isEnabled ?? !environment.isProduction
        }

        public init(isEnabled: Bool? = nil) {
            self.isEnabled = isEnabled
        }

        /// In development only (the default).
        public static let automatic = Docs()
        /// In every environment.
        public static let enabled = Docs(isEnabled: true)
        /// Never.
        public static let disabled = Docs(isEnabled: false)
    }

    /// Hot reload (``HotReloadService``): the routes follow the manifests and static files
    /// while the gateway runs.
    public struct HotReload: Sendable, Hashable {
        /// `nil`: in development, not in production.
        public var isEnabled: Bool?
        /// How often the folders are checked (at least 50 ms).
        public var interval: Duration

        public init(isEnabled: Bool? = nil, interval: Duration = .milliseconds(500)) {
            self.isEnabled = isEnabled
            self.interval = max(.milliseconds(50), interval)
        }

        func isServed(in environment: Environment) -> Bool {
            isEnabled ?? !environment.isProduction
        }

        /// In development only, checking twice a second (the default).
        public static let automatic = HotReload()
        /// In every environment.
        public static let enabled = HotReload(isEnabled: true)
        /// Never.
        public static let disabled = HotReload(isEnabled: false)
    }

    /// Event streams (`?_stream`, `?_debug`): settings upstream does not have.
    ///
    /// Streams survive a reconnect: every event has an id, and a client that reconnects with
    /// `Last-Event-ID` (as browsers' `EventSource` does by itself) gets the events after it
    /// from the same execution, never a second run. That needs the same replica: behind a load
    /// balancer, route a client's requests to one replica (sticky sessions).
    public struct Streaming: Sendable, Hashable {
        /// How often an idle stream writes a `:` keep-alive comment. The server only learns
        /// that a client went away when a write fails (usually the second one after the
        /// disconnect), so this also bounds how fast a departure is noticed: about two intervals.
        public var keepAliveInterval: Duration
        /// The most event bytes held between a streaming closure and its client; a closure that
        /// streams faster than the client reads (or while no client is connected) waits in
        /// `context.stream` beyond it.
        public var bufferSize: Int
        /// The reconnection delay sent to clients (`retry:`).
        public var retryInterval: Duration
        /// How long a closure whose client went away keeps running, waiting for a reconnect,
        /// before it is cancelled (`.zero`: at once).
        public var reconnectGracePeriod: Duration
        /// How long a finished stream can still be resumed (its last events replayed, or 204
        /// when the client has them all).
        public var replayWindow: Duration
        /// The most bytes of already-sent events each stream keeps for a replay; a reconnect
        /// from an older event gets 204.
        public var replayBufferSize: Int
        /// The most streams kept for reconnects at once (running ones and finished ones within
        /// the window); memory for replays is at most this times ``replayBufferSize`` (×1.5).
        public var maxResumableStreams: Int

        /// Defaults: a keep-alive every 250 ms (at least 10 ms), 64 KiB of buffered events,
        /// `retry: 1000`, 5 s to reconnect, 60 s of replay after the end, 256 KiB kept per
        /// stream, 1,024 streams.
        public init(
            keepAliveInterval: Duration = .milliseconds(250), bufferSize: Int = 64 * 1024,
            retryInterval: Duration = .seconds(1), reconnectGracePeriod: Duration = .seconds(5),
            replayWindow: Duration = .seconds(60), replayBufferSize: Int = 256 * 1024, maxResumableStreams: Int = 1024
        ) {
            self.keepAliveInterval = max(.milliseconds(10), keepAliveInterval)
            self.bufferSize = max(1, bufferSize)
            self.retryInterval = max(.zero, retryInterval)
            self.reconnectGracePeriod = max(.zero, reconnectGracePeriod)
            self.replayWindow = max(.zero, replayWindow)
            self.replayBufferSize = max(0, replayBufferSize)
            self.maxResumableStreams = max(0, maxResumableStreams)
        }
    }
}
