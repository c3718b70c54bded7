extension LoadedGateway {
    /// Waits for the background executions (`?_background`) still running, at most `timeout`
    /// (default ``GatewayLimits/backgroundDrainTimeout``), then cancels the rest. Returns how
    /// many had to be cancelled.
    ///
    /// The standalone application and ``services`` call it when a graceful shutdown begins;
    /// call it yourself only when you run the server without a `ServiceGroup`.
    @discardableResult
    public func drainBackgroundWork(timeout: Duration? = nil) async -> Int {
        await pipeline.backgroundTasks.drain(timeout: timeout ?? configuration.limits.backgroundDrainTimeout)
    }

    /// How many background executions are running now.
    public var runningBackgroundWork: Int { pipeline.backgroundTasks.count }
}
