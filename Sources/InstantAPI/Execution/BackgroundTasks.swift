import Foundation

/// The background executions (`_background`) still running, so a shutdown can wait for them.
final class BackgroundTasks: @unchecked Sendable {
    private let lock = NSLock()
    private var running: [UInt64: Task<Void, Never>] = [:]
    private var nextID: UInt64 = 0

    /// Runs `work` detached from the request that started it (the request's cancellation does
    /// not reach it) and tracks it until it ends.
    func start(_ work: @escaping @Sendable () async -> Void) {
        lock.withLock {
            nextID += 1
            let id = nextID
            // Created under the lock, so the task's own removal cannot overtake the insertion.
            running[id] = Task {
                await work()
                self.remove(id)
            }
        }
    }

    /// How many are still running.
    var count: Int { lock.withLock { running.count } }

    /// Waits until every execution has ended, at most `timeout`, then cancels the ones left
    /// (they still end by themselves; their closures see the cancellation). Returns how many
    /// were cancelled.
    @discardableResult
    func drain(timeout: Duration) async -> Int {
        let deadline = ContinuousClock.now + timeout
        while count > 0, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
        let left = lock.withLock { Array(running.values) }
        for task in left { task.cancel() }
        return left.count
    }

    private func remove(_ id: UInt64) {
        _ = lock.withLock { running.removeValue(forKey: id) }
    }
}
