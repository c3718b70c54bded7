import Foundation

/// One timer for every execution of a gateway: a deadline is a dictionary entry that a single
/// sweeper task checks every `resolution`. A per-request `Task.sleep` would do the same job,
/// but on Linux a cancelled sleep keeps its Dispatch timer until the deadline passes, so a
/// 10-minute timeout made memory grow with the request rate (measured: 33 MiB → 770 MiB over
/// 1M requests). The sweeper runs only while deadlines are pending.
final class DeadlineScheduler: @unchecked Sendable {
    /// How late a deadline may fire.
    let resolution: Duration

    private let lock = NSLock()
    private var pending: [UInt64: (deadline: ContinuousClock.Instant, fire: @Sendable () -> Void)] = [:]
    private var nextToken: UInt64 = 0
    private var sweeping = false

    init(resolution: Duration = .milliseconds(10)) {
        self.resolution = resolution
    }

    /// Calls `fire` once after `delay` unless `cancel(_:)` comes first.
    func schedule(after delay: Duration, _ fire: @escaping @Sendable () -> Void) -> UInt64 {
        let deadline = ContinuousClock.now + delay
        let (token, startSweeper) = lock.withLock {
            nextToken &+= 1
            pending[nextToken] = (deadline, fire)
            let start = !sweeping
            sweeping = true
            return (nextToken, start)
        }
        if startSweeper { Task { await sweep() } }
        return token
    }

    /// Forgets a deadline (its execution ended first).
    func cancel(_ token: UInt64) {
        _ = lock.withLock { pending.removeValue(forKey: token) }
    }

    private func sweep() async {
        while true {
            try? await Task.sleep(for: resolution)
            let now = ContinuousClock.now
            let (due, keepGoing): ([@Sendable () -> Void], Bool) = lock.withLock {
                var due: [@Sendable () -> Void] = []
                for (token, entry) in pending where entry.deadline <= now {
                    due.append(entry.fire)
                    pending.removeValue(forKey: token)
                }
                if pending.isEmpty { sweeping = false }
                return (due, !pending.isEmpty)
            }
            for fire in due { fire() }
            if !keepGoing { return }
        }
    }
}
