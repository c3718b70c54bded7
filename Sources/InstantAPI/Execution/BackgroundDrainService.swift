import Hummingbird
import ServiceLifecycle

/// Waits, once a graceful shutdown begins, for the gateway's `?_background` executions (at most
/// ``GatewayLimits/backgroundDrainTimeout``), then cancels the rest. Put it before the HTTP
/// server in a `ServiceGroup` (``LoadedGateway/services`` with `Application.addServices` does),
/// so that it is still running while the server shuts down.
public struct BackgroundDrainService: Service {
    let pipeline: RequestPipeline

    /// A drain for `gateway`'s background work.
    public init<Context: RequestContext>(gateway: LoadedGateway<Context>) {
        pipeline = gateway.pipeline
    }

    init(gateway pipeline: RequestPipeline) {
        self.pipeline = pipeline
    }

    public func run() async throws {
        try? await gracefulShutdown()
        await pipeline.backgroundTasks.drain(timeout: pipeline.configuration.limits.backgroundDrainTimeout)
    }
}
