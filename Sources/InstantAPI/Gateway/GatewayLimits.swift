/// The bounds that keep one client, or many, from exhausting a gateway: how long a connection
/// may take to send a request, how much work and memory requests may hold at once, and how much
/// an answer may echo. Every value has a safe default; README "Limits" lists them with the
/// memory a deployment needs.
public struct GatewayLimits: Sendable, Hashable {
    /// How long a connection may stay open between requests (and before its first one) without
    /// sending a byte; nginx's `keepalive_timeout` is 75 s.
    public var idleTimeout: Duration
    /// How long a request head (request line and headers) may take to arrive, from its first
    /// byte; nginx's `client_header_timeout` is 60 s. Defeats slowloris clients.
    public var headerReadTimeout: Duration
    /// How long a request body may take to arrive, from the end of its head. A whole-body
    /// deadline rather than nginx's gap between two reads, so a body sent a byte at a time is
    /// refused too: raise it for large uploads over slow links.
    public var bodyReadTimeout: Duration
    /// How long a graceful shutdown waits for background executions (`?_background`) before
    /// cancelling them.
    public var backgroundDrainTimeout: Duration
    /// How long a graceful shutdown waits, beyond the background drain timeout, for responses
    /// still being written before their connections are closed.
    public var shutdownGracePeriod: Duration
    /// The most request body bytes buffered at once across all requests; a request that would
    /// go beyond is answered 503 (each request is also bounded by `maxRequestSize`).
    public var maxBufferedBodyBytes: Int
    /// The most `?_background` executions running at once; beyond, 503 until one ends.
    public var maxBackgroundExecutions: Int
    /// The most messages in one JSON-RPC batch sent to `/server.mcp`.
    public var maxMCPBatchSize: Int
    /// The most connections served at once; beyond, new ones wait in the listen backlog
    /// (and are refused by the kernel once it is full) until one closes.
    public var maxConnections: Int

    /// - Parameters: see the properties. Defaults: 60 s idle, 30 s for a head, 60 s for a body,
    ///   30 s to drain background work, 5 s of shutdown grace, 256 MiB of buffered bodies, 64 background executions, batches of
    ///   100 MCP messages, 4,096 connections.
    public init(
        idleTimeout: Duration = .seconds(60), headerReadTimeout: Duration = .seconds(30),
        bodyReadTimeout: Duration = .seconds(60), backgroundDrainTimeout: Duration = .seconds(30),
        shutdownGracePeriod: Duration = .seconds(5),
        maxBufferedBodyBytes: Int = 256 * 1024 * 1024, maxBackgroundExecutions: Int = 64,
        maxMCPBatchSize: Int = 100, maxConnections: Int = 4096
    ) {
        self.idleTimeout = idleTimeout
        self.headerReadTimeout = headerReadTimeout
        self.bodyReadTimeout = bodyReadTimeout
        self.backgroundDrainTimeout = backgroundDrainTimeout
        self.shutdownGracePeriod = shutdownGracePeriod
        self.maxBufferedBodyBytes = max(0, maxBufferedBodyBytes)
        self.maxBackgroundExecutions = max(1, maxBackgroundExecutions)
        self.maxMCPBatchSize = max(1, maxMCPBatchSize)
        self.maxConnections = max(1, maxConnections)
    }
}
