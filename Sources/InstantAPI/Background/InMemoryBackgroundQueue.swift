import ServiceLifecycle

/// The default queue: executions run in this process as soon as they are taken, at most
/// ``GatewayLimits/maxBackgroundExecutions`` at once (beyond, 503), retried in place after the
/// policy's delay. Nothing survives the process: a crash or a deploy loses what is waiting or
/// running (use a durable queue for that); statuses are kept for the retention, at most
/// ``GatewayConfiguration/Background/maxRetainedStatuses`` of them.
public final class InMemoryBackgroundQueue: BackgroundQueue {
    let tasks: BackgroundTasks
    let statuses: ExecutionStatusStore

    public var isDurable: Bool { false }

    /// A queue with the running limit of `limits` and the retention of `background`.
    public init(limits: GatewayLimits = GatewayLimits(), background: GatewayConfiguration.Background = .init()) {
        tasks = BackgroundTasks(limit: limits.maxBackgroundExecutions)
        statuses = ExecutionStatusStore(retention: background.retention, capacity: background.maxRetainedStatuses)
    }

    public func enqueue(_ execution: BackgroundExecution, executor: BackgroundExecutor) async throws {
        let statuses = statuses
        let record: @Sendable (ExecutionStatus.State, Int, JSONValue?, JSONValue?) -> Void = { state, attempts, result, error in
            statuses.update(ExecutionStatus(uuid: execution.uuid, state: state, attempts: attempts, result: result, error: error))
        }
        record(.queued, 0, nil, nil)
        let started = tasks.start {
            var attempt = 0
            while true {
                attempt += 1
                record(.running, attempt, nil, nil)
                switch await executor.perform(execution, attempt: attempt) {
                case .succeeded(let result):
                    record(.succeeded, attempt, result, nil)
                    return
                case .failed(let error) where attempt < execution.retry.maxAttempts && !Task.isCancelled:
                    record(.queued, attempt, nil, error)
                    guard (try? await Task.sleep(for: execution.retry.delay(afterAttempt: attempt))) != nil else {
                        record(.failed, attempt, nil, error)
                        return
                    }
                case .failed(let error):
                    record(.failed, attempt, nil, error)
                    return
                case .interrupted:
                    record(.failed, attempt, nil, ["type": "ServiceUnavailableError", "message": "Cancelled by the server's shutdown"])
                    return
                }
            }
        }
        guard started else {
            statuses.forget(execution.uuid)
            throw BackgroundQueueFull("Too many background executions running (at most \(tasks.limit))")
        }
    }

    public func status(of uuid: String) async throws -> ExecutionStatus? {
        statuses.status(of: uuid)
    }

    /// Waits for a graceful shutdown, then for the running executions (at most the drain
    /// timeout), then cancels the rest.
    public func run(executor: BackgroundExecutor) async throws {
        try? await gracefulShutdown()
        await tasks.drain(timeout: executor.drainTimeout)
    }
}
