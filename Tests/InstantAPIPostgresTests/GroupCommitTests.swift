import Synchronization
import Testing

@testable import InstantAPIPostgres

/// ``GroupCommit``: items that come while a write is in flight are written together by the
/// next one, each caller returns once its item is written, and a failed write fails exactly
/// the items it carried. The writes here wait for the test to let them finish, so what waits
/// is decided by the test, not by timing.
@Suite("GroupCommit", .timeLimit(.minutes(1)))
struct GroupCommitTests {
    /// A write that records its batch and then waits until the test releases it.
    final class HeldWrites: Sendable {
        private struct State {
            var batches: [[Int]] = []
            var held: [CheckedContinuation<Void, Never>] = []
            var failing: Set<Int> = []
        }
        private let state = Mutex(State())

        struct Failed: Error {}

        var batches: [[Int]] { state.withLock { $0.batches } }
        var heldCount: Int { state.withLock { $0.held.count } }

        /// The writes whose batch holds one of these items throw.
        func fail(_ items: Set<Int>) { state.withLock { $0.failing = items } }

        func write(_ batch: [Int]) async throws {
            await withCheckedContinuation { continuation in
                state.withLock {
                    $0.batches.append(batch)
                    $0.held.append(continuation)
                }
            }
            if !state.withLock({ $0.failing.isDisjoint(with: batch) }) { throw Failed() }
        }

        /// Lets the oldest held write finish.
        func releaseOne() {
            let first = state.withLock { $0.held.isEmpty ? nil : $0.held.removeFirst() }
            first?.resume()
        }

        /// Waits until the `number`th write (from 1) is the one held, then lets it finish.
        func release(_ number: Int) async {
            await GroupCommitTests.until { heldCount == 1 && batches.count == number }
            releaseOne()
        }
    }

    /// Yields until `condition` holds: the other tasks only need turns, not time.
    static func until(_ condition: () -> Bool) async {
        while !condition() { await Task.yield() }
    }

    /// Whether each submitted item was written (`true`) or its write threw (`false`).
    final class Outcomes: Sendable {
        private let state = Mutex<[Int: Bool]>([:])
        var all: [Int: Bool] { state.withLock { $0 } }
        func record(_ item: Int, written: Bool) { state.withLock { $0[item] = written } }
    }

    /// Starts `item`'s submit; its outcome lands in `outcomes`.
    static func submit(_ item: Int, to commit: GroupCommit<Int>, _ outcomes: Outcomes, in group: inout TaskGroup<Void>) {
        group.addTask {
            let written = (try? await commit.submit(item)) != nil
            outcomes.record(item, written: written)
        }
    }

    @Test func aLoneItemIsWrittenAtOnceAndAlone() async throws {
        let writes = HeldWrites()
        let commit = GroupCommit<Int>(maxBatch: 8) { try await writes.write($0) }
        async let submitted: Void = commit.submit(7)
        await Self.until { writes.heldCount == 1 }
        writes.releaseOne()
        try await submitted
        #expect(writes.batches == [[7]])
        #expect(commit.waitingCount == 0)
    }

    @Test func itemsThatComeDuringAWriteShareTheNextOne() async {
        let writes = HeldWrites()
        let commit = GroupCommit<Int>(maxBatch: 8) { try await writes.write($0) }
        let outcomes = Outcomes()
        await withTaskGroup(of: Void.self) { group in
            Self.submit(0, to: commit, outcomes, in: &group)
            await Self.until { writes.heldCount == 1 }
            for item in 1...5 { Self.submit(item, to: commit, outcomes, in: &group) }
            await Self.until { commit.waitingCount == 5 }
            await writes.release(1)
            await writes.release(2)
        }
        #expect(writes.batches.count == 2)
        #expect(writes.batches.first == [0])
        #expect(Set(writes.batches.last ?? []) == Set(1...5))
        #expect(outcomes.all == [0: true, 1: true, 2: true, 3: true, 4: true, 5: true])
    }

    @Test func noWriteCarriesMoreThanMaxBatch() async {
        let writes = HeldWrites()
        let commit = GroupCommit<Int>(maxBatch: 2) { try await writes.write($0) }
        let outcomes = Outcomes()
        await withTaskGroup(of: Void.self) { group in
            Self.submit(0, to: commit, outcomes, in: &group)
            await Self.until { writes.heldCount == 1 }
            for item in 1...5 { Self.submit(item, to: commit, outcomes, in: &group) }
            await Self.until { commit.waitingCount == 5 }
            for number in 1...4 { await writes.release(number) }
        }
        #expect(writes.batches.map(\.count) == [1, 2, 2, 1])
        #expect(Set(writes.batches.joined()) == Set(0...5))
        #expect(outcomes.all.count == 6)
    }

    @Test func noWriteCarriesMoreThanMaxWeightButAHeavyItemGoesAlone() async {
        let writes = HeldWrites()
        let commit = GroupCommit<Int>(maxBatch: 8, maxWeight: 10, weigh: { $0 }) { try await writes.write($0) }
        let outcomes = Outcomes()
        await withTaskGroup(of: Void.self) { group in
            Self.submit(0, to: commit, outcomes, in: &group)
            await Self.until { writes.heldCount == 1 }
            // One at a time, so that they wait in this order.
            for (index, item) in [4, 5, 3, 20].enumerated() {
                Self.submit(item, to: commit, outcomes, in: &group)
                await Self.until { commit.waitingCount == index + 1 }
            }
            for number in 1...4 { await writes.release(number) }
        }
        #expect(writes.batches == [[0], [4, 5], [3], [20]])
        #expect(outcomes.all.count == 5)
    }

    @Test func aFailedWriteFailsItsItemsOnly() async {
        let writes = HeldWrites()
        let commit = GroupCommit<Int>(maxBatch: 8) { try await writes.write($0) }
        writes.fail([1])
        let outcomes = Outcomes()
        await withTaskGroup(of: Void.self) { group in
            Self.submit(0, to: commit, outcomes, in: &group)
            await Self.until { writes.heldCount == 1 }
            for item in 1...3 { Self.submit(item, to: commit, outcomes, in: &group) }
            await Self.until { commit.waitingCount == 3 }
            await writes.release(1)
            // The failing batch (1, 2, 3) is written while 4 waits: 4 gets a write of its own.
            await Self.until { writes.heldCount == 1 && writes.batches.count == 2 }
            Self.submit(4, to: commit, outcomes, in: &group)
            await Self.until { commit.waitingCount == 1 }
            await writes.release(2)
            await writes.release(3)
        }
        #expect(writes.batches.count == 3)
        #expect(writes.batches.last == [4])
        #expect(outcomes.all == [0: true, 1: false, 2: false, 3: false, 4: true])
        #expect(commit.waitingCount == 0)
    }
}
