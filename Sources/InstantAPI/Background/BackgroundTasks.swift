import Synchronization

/// The background executions (`_background`) still running: at most `limit` at once, so a
/// flood of them is refused instead of exhausting memory, and tracked so a shutdown can wait.
final class BackgroundTasks: Sendable {
    private struct State {
        var running: [UInt64: Task<Void, Never>] = [:]
        var nextID: UInt64 = 0
        /// Drains waiting for `running` to empty, by drain.
        var idleWaiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
        /// Drains that timed out or were cancelled before they began to wait.
        var abandonedWaits: Set<UInt64> = []
    }

    private let state = Mutex(State())
    /// The most executions running at once (``GatewayLimits/maxBackgroundExecutions``).
    let limit: Int

    init(limit: Int = GatewayLimits().maxBackgroundExecutions) {
        self.limit = limit
    }

    /// Runs `work` detached from the request that started it (the request's cancellation does
    /// not reach it) and tracks it until it ends; `false`, without running it, when `limit`
    /// executions are already running.
    func start(_ work: @escaping @Sendable () async -> Void) -> Bool {
        state.withLock { state in
            guard state.running.count < limit else { return false }
            state.nextID += 1
            let id = state.nextID
            // Created under the lock, so the task's own removal cannot overtake the insertion.
            state.running[id] = Task {
                await work()
                self.remove(id)
            }
            return true
        }
    }

    /// How many are still running.
    var count: Int { state.withLock { $0.running.count } }

    /// Waits until every execution has ended, at most `timeout` (less if the waiting task is
    /// cancelled), then cancels the ones left (they still end by themselves; their closures see
    /// the cancellation). Returns how many were cancelled.
    @discardableResult
    func drain(timeout: Duration) async -> Int {
        let waitID = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        let timer = Task {
            guard (try? await Task.sleep(for: timeout)) != nil else { return }
            self.stopWaiting(waitID)
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let resumeNow = state.withLock { state in
                    if state.running.isEmpty || state.abandonedWaits.remove(waitID) != nil { return true }
                    state.idleWaiters[waitID] = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            self.stopWaiting(waitID)
        }
        timer.cancel()
        let left = state.withLock { state in
            state.abandonedWaits.remove(waitID)
            return Array(state.running.values)
        }
        for task in left { task.cancel() }
        return left.count
    }

    /// Ends one drain's wait: resumes it, or, when it has not begun to wait yet, tells it not to.
    private func stopWaiting(_ waitID: UInt64) {
        let waiter = state.withLock { state in
            guard let waiter = state.idleWaiters.removeValue(forKey: waitID) else {
                state.abandonedWaits.insert(waitID)
                return CheckedContinuation<Void, Never>?.none
            }
            return waiter
        }
        waiter?.resume()
    }

    private func remove(_ id: UInt64) {
        let waiters = state.withLock { state in
            state.running.removeValue(forKey: id)
            guard state.running.isEmpty else { return [CheckedContinuation<Void, Never>]() }
            defer { state.idleWaiters = [:] }
            return Array(state.idleWaiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }
}
