import Synchronization

/// One timer for every execution of a gateway: a deadline is an entry in a queue that a single
/// sweeper task sleeps on. A per-request `Task.sleep` would do the same job, but on Linux a
/// cancelled sleep keeps its Dispatch timer until the deadline passes, so a 10-minute timeout
/// made memory grow with the request rate (measured: 33 MiB → 770 MiB over 1M requests).
///
/// The sweeper never polls: it sleeps until the earliest pending deadline, fires what is due,
/// then sleeps until the next one, and ends when nothing is pending (the next `schedule`
/// starts another). Cancelling a deadline only forgets it; the sweeper is never cancelled for
/// that (it would leave its timer behind, the very cost this class avoids): it wakes at the
/// time it chose, finds nothing due and sleeps on, or ends. Only a deadline more than
/// `resolution` earlier than the sweeper's wake-up replaces the sweeper (cancelled, so one
/// timer is left until that wake-up): rare, since deadlines mostly share one timeout and so
/// arrive in deadline order.
///
/// The queue is a min-heap with lazy deletion (`cancel` removes the entry from `pending` only,
/// in O(1)); stale heap entries are dropped when they reach the top and the heap is rebuilt
/// from `pending` when it holds many more entries than are pending, so memory follows the
/// deadlines in flight, not the request rate.
final class DeadlineScheduler: Sendable {
    /// How late a deadline may fire at most (beyond the system's own scheduling delays): the
    /// sweeper wakes at most once per `resolution`, so a burst of deadlines is fired together.
    let resolution: Duration

    private struct Entry {
        var deadline: ContinuousClock.Instant
        var fire: @Sendable () -> Void
    }

    private struct State {
        /// The deadlines not yet fired or cancelled, by token.
        var pending: [UInt64: Entry] = [:]
        /// Every deadline of `pending`, plus cancelled ones not dropped yet.
        var queue = DeadlineHeap()
        var nextToken: UInt64 = 0
        /// The sweeper task, `nil` when none runs.
        var sweeper: Task<Void, Never>?
        /// Tells the current sweeper from one it replaced (which ends at its next look).
        var sweeperID: UInt64 = 0
        /// When the current sweeper looks at the queue next (set together with `sweeper`).
        var wakeAt: ContinuousClock.Instant?
    }

    private let state = Mutex(State())

    init(resolution: Duration = .milliseconds(10)) {
        self.resolution = max(resolution, .zero)
    }

    /// Calls `fire` once after `delay` unless `cancel(_:)` comes first. `fire` runs on the
    /// sweeper task, after the other deadlines due at the same time; it should return quickly.
    func schedule(after delay: Duration, _ fire: @escaping @Sendable () -> Void) -> UInt64 {
        let now = ContinuousClock.now
        let deadline = now + delay
        let (token, replaced): (UInt64, Task<Void, Never>?) = state.withLock { state in
            state.nextToken &+= 1
            let token = state.nextToken
            state.pending[token] = Entry(deadline: deadline, fire: fire)
            state.queue.insert(deadline: deadline, token: token)
            if state.sweeper != nil, let wakeAt = state.wakeAt, wakeAt <= max(deadline, now) + resolution {
                // The sweeper already looks in time (the usual case: deadlines in order).
                return (token, nil)
            }
            // No sweeper, or it sleeps too long for this deadline: start one that looks now.
            let replaced = state.sweeper
            state.sweeperID &+= 1
            let id = state.sweeperID
            state.wakeAt = now
            // Created under the lock, so it cannot look before it is recorded. Detached: it
            // outlives the request that starts it, and must not keep its task-local values.
            state.sweeper = Task.detached { await self.sweep(id) }
            return (token, replaced)
        }
        // Ends its sleep now; it sees it was replaced and ends.
        replaced?.cancel()
        return token
    }

    /// Forgets a deadline (its execution ended first). When the deadline is already being
    /// fired (it came due while this call ran), `fire` may still run once, even after this
    /// returns; otherwise it never runs.
    func cancel(_ token: UInt64) {
        state.withLock { state in
            guard state.pending.removeValue(forKey: token) != nil else { return }
            if state.queue.count > 2 * state.pending.count + 1024 {
                state.queue = DeadlineHeap(state.pending.map { (deadline: $0.value.deadline, token: $0.key) })
            }
        }
    }

    /// The deadlines neither fired nor cancelled (for tests).
    var pendingCount: Int { state.withLock { $0.pending.count } }

    /// The entries in the queue, cancelled ones not dropped yet included (for tests).
    var queuedCount: Int { state.withLock { $0.queue.count } }

    /// Whether a sweeper task runs (for tests).
    var isSweeping: Bool { state.withLock { $0.sweeper != nil } }

    private func sweep(_ id: UInt64) async {
        while true {
            let now = ContinuousClock.now
            let (due, wake): ([@Sendable () -> Void], ContinuousClock.Instant?) = state.withLock { state in
                // Replaced by a sweeper for an earlier deadline: that one carries on.
                guard state.sweeperID == id else { return ([], nil) }
                var due: [@Sendable () -> Void] = []
                while let first = state.queue.first, first.deadline <= now || state.pending[first.token] == nil {
                    state.queue.removeFirst()
                    if let entry = state.pending.removeValue(forKey: first.token) { due.append(entry.fire) }
                }
                guard let next = state.queue.first else {
                    state.sweeper = nil
                    state.wakeAt = nil
                    return (due, nil)
                }
                let wake = max(next.deadline, now + resolution)
                state.wakeAt = wake
                return (due, wake)
            }
            // In deadline order, outside the lock (a closure may schedule or cancel).
            for fire in due { fire() }
            guard let wake else { return }
            // Cancelled only when replaced: the next look then ends this task.
            try? await Task.sleep(until: wake, clock: .continuous)
        }
    }
}

/// A binary min-heap of deadlines, earliest first (by token among equal deadlines, so the
/// order of scheduling). Pushing deadlines in order costs O(1) each.
private struct DeadlineHeap {
    typealias Element = (deadline: ContinuousClock.Instant, token: UInt64)

    private var elements: [Element] = []

    init() {}

    /// A heap of `elements`, in O(n).
    init(_ elements: [Element]) {
        self.elements = elements
        var index = elements.count / 2
        while index > 0 {
            index -= 1
            siftDown(from: index)
        }
    }

    var count: Int { elements.count }

    var first: Element? { elements.first }

    mutating func insert(deadline: ContinuousClock.Instant, token: UInt64) {
        elements.append((deadline, token))
        var child = elements.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.precedes(elements[child], elements[parent]) else { break }
            elements.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes the earliest element (the heap must not be empty).
    mutating func removeFirst() {
        let last = elements.removeLast()
        guard !elements.isEmpty else { return }
        elements[0] = last
        siftDown(from: 0)
    }

    private mutating func siftDown(from start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            guard left < elements.count else { return }
            let right = left + 1
            let child = right < elements.count && Self.precedes(elements[right], elements[left]) ? right : left
            guard Self.precedes(elements[child], elements[parent]) else { return }
            elements.swapAt(child, parent)
            parent = child
        }
    }

    private static func precedes(_ a: Element, _ b: Element) -> Bool {
        a.deadline < b.deadline || (a.deadline == b.deadline && a.token < b.token)
    }
}
