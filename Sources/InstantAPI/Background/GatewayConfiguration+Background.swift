extension GatewayConfiguration {
    /// `?_background` executions: where they wait (``queue``), how failures are retried and
    /// how long their statuses (`GET /.well-known/executions/{uuid}`) are kept. How many run at
    /// once and how long a shutdown waits for them are ``GatewayLimits``'.
    public struct Background: Sendable {
        /// The queue; `nil`: an ``InMemoryBackgroundQueue`` (nothing survives the process). A
        /// durable one (`PostgresBackgroundQueue` of `InstantAPIPostgres`) stores every
        /// execution before the 202 and lets any replica run it.
        public var queue: (any BackgroundQueue)?
        /// How failed executions are retried, unless ``retryPolicies`` names their endpoint.
        public var retry: RetryPolicy
        /// Policies by definition name (`v1/reports#POST`, as ``EndpointContext/name``).
        public var retryPolicies: [String: RetryPolicy]
        /// How long a finished execution's status is kept (404 after).
        public var retention: Duration
        /// The most finished statuses the in-memory queue keeps (the oldest forgotten first).
        public var maxRetainedStatuses: Int

        /// Defaults: in memory, 3 attempts (``RetryPolicy``'s defaults), statuses kept for 24
        /// hours, at most 10,000 in memory.
        public init(
            queue: (any BackgroundQueue)? = nil, retry: RetryPolicy = RetryPolicy(), retryPolicies: [String: RetryPolicy] = [:],
            retention: Duration = .seconds(24 * 3600), maxRetainedStatuses: Int = 10_000
        ) {
            self.queue = queue
            self.retry = retry
            self.retryPolicies = retryPolicies
            self.retention = max(.zero, retention)
            self.maxRetainedStatuses = max(0, maxRetainedStatuses)
        }

        /// The policy for the endpoint `name`.
        func retryPolicy(for name: String) -> RetryPolicy {
            retryPolicies[name] ?? retry
        }
    }
}
