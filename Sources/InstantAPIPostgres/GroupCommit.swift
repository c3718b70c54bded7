import Synchronization

/// Writes concurrent items together (group commit): an item that comes while a write is in
/// flight waits for the next one, which takes every item waiting by then. A lone item is
/// written at once, with no delay added; under load one statement and one commit carry many
/// items, which leaves the database's time and the replica's CPU to the requests.
///
/// No task of its own: the caller whose item starts a write does it (the leader), and hands
/// the next write to the first item that waited. The write runs in the leader's task, so a
/// leader cancelled while it waits for a connection fails its batch: those callers get the
/// error (a 503, never a 202 for an item that was not written).
final class GroupCommit<Item: Sendable>: Sendable {
    private enum Turn {
        /// The item was written.
        case written
        /// The item's caller writes next: its item and those waiting.
        case lead
    }

    private struct Waiting {
        var item: Item
        var turn: CheckedContinuation<Turn, any Error>
    }

    private struct State {
        var writing = false
        var waiting: [Waiting] = []
    }

    /// The most items one write carries.
    let maxBatch: Int
    /// The most weight (``weigh``) one write carries; an item heavier than this alone is
    /// written alone.
    let maxWeight: Int
    private let weigh: @Sendable (Item) -> Int
    private let write: @Sendable ([Item]) async throws -> Void
    private let state = Mutex(State())

    init(
        maxBatch: Int, maxWeight: Int = .max, weigh: @escaping @Sendable (Item) -> Int = { _ in 0 },
        write: @escaping @Sendable ([Item]) async throws -> Void
    ) {
        self.maxBatch = max(1, maxBatch)
        self.maxWeight = maxWeight
        self.weigh = weigh
        self.write = write
    }

    /// How many items wait for the next write.
    var waitingCount: Int { state.withLock { $0.waiting.count } }

    /// Returns once `item` is written; throws what its write threw.
    func submit(_ item: Item) async throws {
        let turn = try await withCheckedThrowingContinuation { continuation in
            let leads = state.withLock { state in
                if state.writing {
                    state.waiting.append(Waiting(item: item, turn: continuation))
                    return false
                }
                state.writing = true
                return true
            }
            if leads { continuation.resume(returning: .lead) }
        }
        if case .lead = turn { try await lead(with: item) }
    }

    /// Writes `item` and those waiting, in order, within `maxBatch` and `maxWeight`; settles
    /// them, then hands the next write to the first still waiting (or ends the writing).
    private func lead(with item: Item) async throws {
        let followers = state.withLock { state in
            var weight = weigh(item)
            var count = 0
            for waiting in state.waiting.prefix(maxBatch - 1) {
                let next = weigh(waiting.item)
                guard next <= maxWeight - weight else { break }
                weight += next
                count += 1
            }
            let taken = Array(state.waiting.prefix(count))
            state.waiting.removeFirst(count)
            return taken
        }
        let outcome: Result<Void, any Error>
        do {
            try await write([item] + followers.map(\.item))
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        for follower in followers { follower.turn.resume(with: outcome.map { .written }) }
        let next = state.withLock { state -> Waiting? in
            guard !state.waiting.isEmpty else {
                state.writing = false
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.turn.resume(returning: .lead)
        try outcome.get()
    }
}
