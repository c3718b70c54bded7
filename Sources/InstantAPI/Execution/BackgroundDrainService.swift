import ServiceLifecycle

/// Waits, once a graceful shutdown begins, for the gateway's `?_background` executions (at most
/// the configured drain timeout), then cancels the rest. Put it before the application in a
/// `ServiceGroup`, so that it is still running while the application shuts down.
public struct BackgroundDrainService: Service {
    let gateway: LoadedGateway

    /// A drain for `gateway`'s background work.
    public init(gateway: LoadedGateway) {
        self.gateway = gateway
    }

    public func run() async throws {
        try? await gracefulShutdown()
        await gateway.drainBackgroundWork()
    }
}
