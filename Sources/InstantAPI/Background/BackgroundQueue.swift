import InstantAPICore
import Logging

/// Where `?_background` executions wait and from where they are run: in this process's memory
/// (``InMemoryBackgroundQueue``, the default) or durably (`InstantAPIPostgres`' queue).
///
/// The gateway hands every execution to ``enqueue(_:executor:)`` before it answers 202, asks
/// ``status(of:)`` for `GET /.well-known/executions/{uuid}`, and runs ``run(executor:)`` as a
/// service for as long as the app runs (``LoadedGateway/services``).
public protocol BackgroundQueue: Sendable {
    /// Whether executions outlive this process (stored, run by any replica): their closures
    /// then see a ``BackgroundRequestContext`` made by the worker instead of the request's own.
    var isDurable: Bool { get }

    /// Keeps `execution` to run; returns once it is as safe as the queue promises (stored, for
    /// a durable queue). Throws ``BackgroundQueueFull`` when no more can be taken now (503).
    func enqueue(_ execution: BackgroundExecution, executor: BackgroundExecutor) async throws

    /// Where the execution is, or `nil` when unknown or past the retention.
    func status(of uuid: String) async throws -> ExecutionStatus?

    /// Runs this replica's workers until a graceful shutdown, then stops taking work and lets
    /// running closures finish within ``BackgroundExecutor/drainTimeout``.
    func run(executor: BackgroundExecutor) async throws
}

/// A queue refused an execution: as many are waiting or running as it allows.
public struct BackgroundQueueFull: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// What a queue runs executions with: the loaded gateway's routes, validation and closures.
public struct BackgroundExecutor: Sendable {
    let pipeline: RequestPipeline

    /// The most executions this replica runs at once (``GatewayLimits/maxBackgroundExecutions``).
    public var maxConcurrentExecutions: Int { pipeline.configuration.limits.maxBackgroundExecutions }
    /// How long a shutdown waits for running closures (``GatewayLimits/backgroundDrainTimeout``).
    public var drainTimeout: Duration { pipeline.configuration.limits.backgroundDrainTimeout }
    /// How long finished statuses are kept (``GatewayConfiguration/Background/retention``).
    public var retention: Duration { pipeline.configuration.background.retention }
    /// The gateway's logger.
    public var logger: Logger { pipeline.logger }

    /// Runs attempt `attempt` (1-based; ``EndpointContext/attempt``) of `execution` under the
    /// gateway's timeout. A stored execution whose endpoint no longer exists, or whose request
    /// no longer validates, fails without running.
    public func perform(_ execution: BackgroundExecution, attempt: Int) async -> ExecutionOutcome {
        await pipeline.performBackground(execution, attempt: attempt)
    }
}
