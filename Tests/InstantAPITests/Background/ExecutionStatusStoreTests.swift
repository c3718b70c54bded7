import Foundation
import InstantAPICore
import Testing

@testable import InstantAPI

/// ``ExecutionStatusStore``: every unfinished status, the finished ones for the retention and
/// at most `capacity` of them, the first finished forgotten first.
///
/// The store reads `ContinuousClock.now` itself (no injectable clock), so expiry is tested only
/// where it does not depend on how much time passes: a retention of hours never expires within
/// a test, a negative one has always expired (elapsed time is never negative).
@Suite("ExecutionStatusStore")
struct ExecutionStatusStoreTests {
    static let long = Duration.seconds(3600)

    static func status(_ uuid: String, _ state: ExecutionStatus.State, attempts: Int = 1) -> ExecutionStatus {
        ExecutionStatus(uuid: uuid, state: state, attempts: attempts)
    }

    @Test func unknownUUIDIsNil() {
        let store = ExecutionStatusStore(retention: Self.long, capacity: 10)
        #expect(store.status(of: "nope") == nil)
        store.update(Self.status("a", .queued, attempts: 0))
        #expect(store.status(of: "b") == nil)
    }

    @Test func recordsAndUpdatesThroughEveryState() {
        let store = ExecutionStatusStore(retention: Self.long, capacity: 10)
        let queued = Self.status("a", .queued, attempts: 0)
        store.update(queued)
        #expect(store.status(of: "a") == queued)
        let running = Self.status("a", .running, attempts: 1)
        store.update(running)
        #expect(store.status(of: "a") == running)
        let retrying = ExecutionStatus(uuid: "a", state: .queued, attempts: 1, error: ["type": "RuntimeError"])
        store.update(retrying)
        #expect(store.status(of: "a") == retrying)
        store.update(Self.status("a", .running, attempts: 2))
        let done = ExecutionStatus(uuid: "a", state: .succeeded, attempts: 2, result: ["ok": true])
        store.update(done)
        #expect(store.status(of: "a") == done)
    }

    @Test func failedStatusesAreKeptLikeSucceededOnes() {
        let store = ExecutionStatusStore(retention: Self.long, capacity: 10)
        let failed = ExecutionStatus(uuid: "f", state: .failed, attempts: 3, error: ["type": "RuntimeError", "message": "x"])
        store.update(Self.status("f", .running, attempts: 3))
        store.update(failed)
        #expect(store.status(of: "f") == failed)
    }

    @Test func statusesAreKeptApart() {
        let store = ExecutionStatusStore(retention: Self.long, capacity: 10)
        store.update(Self.status("a", .running))
        store.update(Self.status("b", .succeeded))
        store.update(Self.status("c", .queued, attempts: 0))
        #expect(store.status(of: "a")?.state == .running)
        #expect(store.status(of: "b")?.state == .succeeded)
        #expect(store.status(of: "c")?.state == .queued)
    }

    @Test func beyondCapacityTheFirstFinishedIsForgotten() {
        let store = ExecutionStatusStore(retention: Self.long, capacity: 2)
        for uuid in ["a", "b", "c"] { store.update(Self.status(uuid, .succeeded)) }
        #expect(store.status(of: "a") == nil)
        #expect(store.status(of: "b")?.state == .succeeded)
        #expect(store.status(of: "c")?.state == .succeeded)
        store.update(Self.status("d", .failed))
        #expect(store.status(of: "b") == nil)
        #expect(store.status(of: "c") != nil)
        #expect(store.status(of: "d")?.state == .failed)
    }

    /// The order is the order they finished in, not the one they were queued in.
    @Test func evictionFollowsTheFinishingOrder() {
        let store = ExecutionStatusStore(retention: Self.long, capacity: 2)
        for uuid in ["first", "second", "third"] { store.update(Self.status(uuid, .running)) }
        store.update(Self.status("second", .succeeded))
        store.update(Self.status("first", .succeeded))
        store.update(Self.status("third", .succeeded))
        #expect(store.status(of: "second") == nil)
        #expect(store.status(of: "first") != nil)
        #expect(store.status(of: "third") != nil)
    }

    /// The capacity counts finished statuses only: unfinished ones are never forgotten for it.
    @Test func unfinishedStatusesAreNeverEvicted() {
        let store = ExecutionStatusStore(retention: Self.long, capacity: 1)
        let waiting = (0..<20).map { "waiting-\($0)" }
        for uuid in waiting { store.update(Self.status(uuid, .queued, attempts: 0)) }
        for index in 0..<5 { store.update(Self.status("done-\(index)", .succeeded)) }
        for uuid in waiting { #expect(store.status(of: uuid)?.state == .queued, "\(uuid)") }
        #expect(store.status(of: "done-3") == nil)
        #expect(store.status(of: "done-4") != nil)
    }

    @Test func capacityZeroKeepsNoFinishedStatus() {
        let store = ExecutionStatusStore(retention: Self.long, capacity: 0)
        store.update(Self.status("a", .running))
        #expect(store.status(of: "a")?.state == .running)
        store.update(Self.status("a", .succeeded))
        #expect(store.status(of: "a") == nil)
    }

    @Test func negativeCapacityIsZero() {
        let store = ExecutionStatusStore(retention: Self.long, capacity: -5)
        #expect(store.capacity == 0)
        store.update(Self.status("a", .failed))
        #expect(store.status(of: "a") == nil)
    }

    /// A finished status leaves the unfinished ones: it is not found again as running once it
    /// is evicted.
    @Test func finishingRemovesTheUnfinishedStatus() {
        let store = ExecutionStatusStore(retention: Self.long, capacity: 1)
        store.update(Self.status("a", .running))
        store.update(Self.status("a", .succeeded))
        store.update(Self.status("b", .succeeded))
        #expect(store.status(of: "a") == nil)
    }

    @Test func forgetDropsAnUnfinishedStatus() {
        let store = ExecutionStatusStore(retention: Self.long, capacity: 10)
        store.update(Self.status("a", .queued, attempts: 0))
        store.forget("a")
        #expect(store.status(of: "a") == nil)
        store.forget("unknown")
    }

    /// `forget` is for an execution refused before it ran: a finished status stays.
    @Test func forgetKeepsAFinishedStatus() {
        let store = ExecutionStatusStore(retention: Self.long, capacity: 10)
        store.update(Self.status("a", .succeeded))
        store.forget("a")
        #expect(store.status(of: "a")?.state == .succeeded)
    }

    /// Past the retention (here: always, as it is negative) a finished status is gone, an
    /// unfinished one is not.
    @Test func finishedStatusesExpireAfterTheRetention() {
        let store = ExecutionStatusStore(retention: .seconds(-1), capacity: 10)
        store.update(Self.status("done", .succeeded))
        store.update(Self.status("failed", .failed))
        store.update(Self.status("running", .running))
        store.update(Self.status("queued", .queued, attempts: 0))
        #expect(store.status(of: "done") == nil)
        #expect(store.status(of: "failed") == nil)
        #expect(store.status(of: "running")?.state == .running)
        #expect(store.status(of: "queued")?.state == .queued)
    }

    @Test func withinTheRetentionFinishedStatusesStay() {
        let store = ExecutionStatusStore(retention: .seconds(24 * 3600), capacity: 100)
        for index in 0..<50 { store.update(Self.status("s\(index)", .succeeded)) }
        for index in 0..<50 { #expect(store.status(of: "s\(index)") != nil) }
    }

    /// The in-memory queue's store takes the retention and capacity of its configuration.
    @Test func theQueueUsesTheConfiguredRetentionAndCapacity() {
        let queue = InMemoryBackgroundQueue(
            background: GatewayConfiguration.Background(retention: .seconds(42), maxRetainedStatuses: 7))
        #expect(queue.statuses.retention == .seconds(42))
        #expect(queue.statuses.capacity == 7)
        let defaults = InMemoryBackgroundQueue()
        #expect(defaults.statuses.retention == .seconds(24 * 3600))
        #expect(defaults.statuses.capacity == 10_000)
    }

    @Test func configurationClampsRetentionAndCapacity() {
        let background = GatewayConfiguration.Background(retention: .seconds(-3), maxRetainedStatuses: -1)
        #expect(background.retention == .zero)
        #expect(background.maxRetainedStatuses == 0)
    }

    /// Many executions finishing at once: exactly `capacity` finished statuses remain, and
    /// every unfinished one.
    @Test func concurrentUpdatesKeepExactlyTheCapacity() async {
        let store = ExecutionStatusStore(retention: Self.long, capacity: 100)
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<1000 {
                group.addTask {
                    store.update(Self.status("x\(index)", .running))
                    store.update(Self.status("x\(index)", index.isMultiple(of: 10) ? .running : .succeeded))
                }
            }
        }
        var finished = 0
        var unfinished = 0
        for index in 0..<1000 {
            switch store.status(of: "x\(index)")?.state {
            case .succeeded?: finished += 1
            case .running?: unfinished += 1
            default: break
            }
        }
        #expect(finished == 100)
        #expect(unfinished == 100)
    }
}
