extension LoadedGateway {
    /// Waits for the background executions (`?_background`) still running, at most `timeout`
    /// (default ``GatewayConfiguration/backgroundDrainTimeout``), then cancels the rest.
    /// Returns how many had to be cancelled.
    ///
    /// ``Gateway/run(root:)`` calls it after the server has shut down gracefully. When you
    /// mount the gateway into your own Hummingbird application, call it once your
    /// application's `runService()` has returned:
    ///
    /// ```swift
    /// let loaded = try gateway.load(root: ".")
    /// router.add(middleware: loaded.middleware())
    /// try await Application(router: router).runService()
    /// await loaded.drainBackgroundWork()
    /// ```
    @discardableResult
    public func drainBackgroundWork(timeout: Duration? = nil) async -> Int {
        await pipeline.backgroundTasks.drain(timeout: timeout ?? configuration.backgroundDrainTimeout)
    }

    /// How many background executions are running now.
    public var runningBackgroundWork: Int { pipeline.backgroundTasks.count }
}
