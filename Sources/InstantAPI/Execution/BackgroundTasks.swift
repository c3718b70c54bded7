import Synchronization

/// The background executions (`_background`) still running: at most `limit` at once, so a
/// flood of them is refused instead of exhausting memory, and tracked so a shutdown can wait.
final class BackgroundTasks: Sendable {
    private struct State {
        var running: [UInt64: Task<Void, Never>] = [:]
        var nextID: UInt64 = 0
        /// Drains waiting for `running` to empty.
        var idleWaiters: [CheckedContinuation<Void, Never>] = []
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

    /// Waits until every execution has ended, at most `timeout`, then cancels the ones left
    /// (they still end by themselves; their closures see the cancellation). Returns how many
    /// were cancelled.
    @discardableResult
    func drain(timeout: Duration) async -> Int {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.waitUntilIdle() }
            group.addTask { try? await Task.sleep(for: timeout) }
            await group.next()
            group.cancelAll()
            // The idle wait ignores cancellation; wake it so the group can end.
            self.wakeIdleWaiters()
        }
        let left = state.withLock { Array($0.running.values) }
        for task in left { task.cancel() }
        return left.count
    }

    private func waitUntilIdle() async {
        await withCheckedContinuation { continuation in
            let idle = state.withLock { state in
                if state.running.isEmpty { return true }
                state.idleWaiters.append(continuation)
                return false
            }
            if idle { continuation.resume() }
        }
    }

    private func wakeIdleWaiters() {
        let waiters = state.withLock { state in
            defer { state.idleWaiters = [] }
            return state.idleWaiters
        }
        for waiter in waiters { waiter.resume() }
    }

    private func remove(_ id: UInt64) {
        let nowIdle = state.withLock { state in
            state.running.removeValue(forKey: id)
            return state.running.isEmpty
        }
        if nowIdle { wakeIdleWaiters() }
    }
}
