import OrderedCollections
import Synchronization

/// The statuses of an in-memory queue's executions: every unfinished one, and the finished
/// ones for `retention`, at most `capacity` of them (the oldest forgotten first).
final class ExecutionStatusStore: Sendable {
    private struct State {
        var unfinished: [String: ExecutionStatus] = [:]
        /// In the order they finished, with when.
        var finished: OrderedDictionary<String, (status: ExecutionStatus, at: ContinuousClock.Instant)> = [:]
    }

    private let state = Mutex(State())
    let retention: Duration
    let capacity: Int

    init(retention: Duration, capacity: Int) {
        self.retention = retention
        self.capacity = max(0, capacity)
    }

    func update(_ status: ExecutionStatus) {
        let now = ContinuousClock.now
        state.withLock { state in
            switch status.state {
            case .queued, .running:
                state.unfinished[status.uuid] = status
            case .succeeded, .failed:
                state.unfinished[status.uuid] = nil
                state.finished[status.uuid] = (status, now)
                Self.prune(&state, now: now, retention: retention, capacity: capacity)
            }
        }
    }

    /// Drops an unfinished status (an execution that was refused after all).
    func forget(_ uuid: String) {
        state.withLock { _ = $0.unfinished.removeValue(forKey: uuid) }
    }

    func status(of uuid: String) -> ExecutionStatus? {
        let now = ContinuousClock.now
        return state.withLock { state in
            Self.prune(&state, now: now, retention: retention, capacity: capacity)
            return state.unfinished[uuid] ?? state.finished[uuid]?.status
        }
    }

    private static func prune(_ state: inout State, now: ContinuousClock.Instant, retention: Duration, capacity: Int) {
        var expired = 0
        for entry in state.finished.values {
            guard expired < state.finished.count - capacity || now - entry.at > retention else { break }
            expired += 1
        }
        if expired > 0 { state.finished.removeFirst(expired) }
    }
}
