extension LoadedGateway {
    /// With the in-memory queue: waits for the background executions (`?_background`) still
    /// running, at most `timeout` (default ``GatewayLimits/backgroundDrainTimeout``), then
    /// cancels the rest. Returns how many had to be cancelled (0 with a durable queue, whose
    /// service drains it).
    ///
    /// The standalone application and ``services`` call it when a graceful shutdown begins;
    /// call it yourself only when you run the server without a `ServiceGroup`.
    @discardableResult
    public func drainBackgroundWork(timeout: Duration? = nil) async -> Int {
        guard let queue = pipeline.backgroundQueue as? InMemoryBackgroundQueue else { return 0 }
        return await queue.tasks.drain(timeout: timeout ?? configuration.limits.backgroundDrainTimeout)
    }

    /// How many background executions the in-memory queue is running now.
    public var runningBackgroundWork: Int {
        (pipeline.backgroundQueue as? InMemoryBackgroundQueue)?.tasks.count ?? 0
    }

    /// The status of an execution (what `GET /.well-known/executions/{uuid}` answers).
    public func executionStatus(_ uuid: String) async throws -> ExecutionStatus? {
        try await pipeline.backgroundQueue.status(of: uuid)
    }
}
