import Hummingbird
import ServiceLifecycle

/// Runs the gateway's background queue (``GatewayConfiguration/Background/queue``) for as long
/// as the app runs: a durable queue's workers, which claim and run stored executions, and on a
/// graceful shutdown the drain: running closures get ``GatewayLimits/backgroundDrainTimeout`` to
/// finish, then are cancelled (a durable queue gives theirs back to other replicas). Put it
/// before the HTTP server in a `ServiceGroup` (``LoadedGateway/services`` with
/// `Application.addServices` does), so that it is still running while the server shuts down.
public struct BackgroundDrainService: Service {
    let pipeline: RequestPipeline

    /// The queue service of `gateway`.
    public init<Context: RequestContext>(gateway: LoadedGateway<Context>) {
        pipeline = gateway.pipeline
    }

    init(gateway pipeline: RequestPipeline) {
        self.pipeline = pipeline
    }

    public func run() async throws {
        try await pipeline.backgroundQueue.run(executor: BackgroundExecutor(pipeline: pipeline))
    }
}
