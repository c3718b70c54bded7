import Synchronization

/// The event streams a reconnect can resume, by execution id: running ones, and finished
/// ones for ``GatewayConfiguration/Streaming/replayWindow``. At most
/// ``GatewayConfiguration/Streaming/maxResumableStreams`` are kept; past that the oldest
/// finished one is forgotten, and while all are running a new stream is not kept (it runs and
/// streams as usual; a reconnect to it gets 204).
final class StreamRegistry: Sendable {
    private struct Entry {
        var stream: ResumableStream
        /// When a finished stream is forgotten; `nil` while it runs.
        var expiry: ContinuousClock.Instant?
    }

    private struct State {
        var entries: [String: Entry] = [:]
        /// Execution ids in the order they were kept (some may be gone already).
        var order: [String] = []
        var orderStart = 0

        mutating func purge(now: ContinuousClock.Instant) {
            while orderStart < order.count {
                let uuid = order[orderStart]
                if let entry = entries[uuid] {
                    guard let expiry = entry.expiry, expiry <= now else { break }
                    entries[uuid] = nil
                }
                orderStart += 1
            }
            if orderStart > 64 && orderStart * 2 > order.count {
                order.removeFirst(orderStart)
                orderStart = 0
            }
        }

        /// Drops the ids of forgotten streams from `order` once it holds many of them (a
        /// long-running stream at its front stops `purge`).
        mutating func compact(capacity: Int) {
            guard order.count - orderStart > 2 * capacity + 64 else { return }
            order = order[orderStart...].filter { entries[$0] != nil }
            orderStart = 0
        }

        /// Forgets the oldest finished stream; `false` when every kept stream is running.
        mutating func evictOldestFinished() -> Bool {
            for index in orderStart..<order.count {
                let uuid = order[index]
                if entries[uuid]?.expiry != nil {
                    entries[uuid] = nil
                    return true
                }
            }
            return false
        }
    }

    private let window: Duration
    private let capacity: Int
    private let state = Mutex(State())

    init(window: Duration, capacity: Int) {
        self.window = window
        self.capacity = max(0, capacity)
    }

    /// Keeps `stream` for reconnects, when there is room.
    func keep(_ stream: ResumableStream) {
        let now = ContinuousClock.now
        state.withLock { state in
            state.purge(now: now)
            state.compact(capacity: capacity)
            if state.entries.count >= capacity && !state.evictOldestFinished() { return }
            state.entries[stream.uuid] = Entry(stream: stream, expiry: nil)
            state.order.append(stream.uuid)
        }
    }

    /// The stream finished: it stays resumable for the replay window.
    func finished(_ uuid: String) {
        let expiry = ContinuousClock.now + window
        state.withLock { state in state.entries[uuid]?.expiry = expiry }
    }

    /// The stream was abandoned: nothing is left to resume.
    func forget(_ uuid: String) {
        _ = state.withLock { state in state.entries.removeValue(forKey: uuid) }
    }

    /// The stream of execution `uuid`, if it is still kept.
    func stream(_ uuid: String) -> ResumableStream? {
        let now = ContinuousClock.now
        return state.withLock { state in
            guard let entry = state.entries[uuid] else { return nil }
            if let expiry = entry.expiry, expiry <= now { return nil }
            return entry.stream
        }
    }

    /// How many streams are kept (for tests).
    var count: Int { state.withLock { $0.entries.count } }
}
