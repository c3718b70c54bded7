import Synchronization
import Testing

@testable import InstantAPI

/// Timing: no test asserts that something was fast. Deadlines that must fire are short and
/// waited for up to 5 s; deadlines that are cancelled are far enough away (200 ms) that the
/// `cancel` right after `schedule` cannot come too late even on a loaded machine.
@Suite("Deadline scheduler")
struct DeadlineSchedulerTests {
    @Test func aDeadlineFiresOnceAndTheSweeperEnds() async throws {
        let scheduler = DeadlineScheduler()
        let fired = FireLog()
        _ = scheduler.schedule(after: .milliseconds(20)) { fired.record("first") }
        #expect(try await eventually { fired.count == 1 })
        #expect(scheduler.pendingCount == 0)
        // Nothing pending: the sweeper ends (it does not poll).
        #expect(try await eventually { !scheduler.isSweeping })

        // The next deadline starts a new sweeper.
        _ = scheduler.schedule(after: .milliseconds(20)) { fired.record("second") }
        #expect(try await eventually { fired.count == 2 })
        #expect(fired.names == ["first", "second"])
        #expect(try await eventually { !scheduler.isSweeping })
        #expect(scheduler.queuedCount == 0)
    }

    @Test func aCancelledDeadlineNeverFires() async throws {
        let scheduler = DeadlineScheduler()
        let fired = FireLog()
        let token = scheduler.schedule(after: .milliseconds(200)) { fired.record("cancelled") }
        scheduler.cancel(token)
        // Due later than the cancelled one: once it has fired, the other would have too.
        _ = scheduler.schedule(after: .milliseconds(250)) { fired.record("sentinel") }
        #expect(try await eventually { fired.names.contains("sentinel") })
        #expect(fired.names == ["sentinel"])
        #expect(scheduler.pendingCount == 0)
        // Cancelling again, or a token that fired, does nothing.
        scheduler.cancel(token)
        scheduler.cancel(token + 1)
        #expect(fired.names == ["sentinel"])
    }

    @Test func anEarlierDeadlineScheduledLaterWakesTheSweeper() async throws {
        let scheduler = DeadlineScheduler()
        let fired = FireLog()
        // The sweeper goes to sleep for this one...
        let late = scheduler.schedule(after: .seconds(60)) { fired.record("late") }
        try await Task.sleep(for: .milliseconds(20))
        // ...and must not sleep through this one (it would fire after 60 s, not within 5 s).
        _ = scheduler.schedule(after: .milliseconds(30)) { fired.record("early") }
        #expect(try await eventually { fired.count == 1 })
        #expect(fired.names == ["early"])
        #expect(scheduler.pendingCount == 1)
        scheduler.cancel(late)
        #expect(scheduler.pendingCount == 0)
    }

    @Test func deadlinesFireInDeadlineOrder() async throws {
        let scheduler = DeadlineScheduler()
        let fired = FireLog()
        _ = scheduler.schedule(after: .milliseconds(300)) { fired.record("third") }
        _ = scheduler.schedule(after: .milliseconds(150)) { fired.record("second") }
        _ = scheduler.schedule(after: .milliseconds(20)) { fired.record("first") }
        #expect(try await eventually { fired.count == 3 })
        #expect(fired.names == ["first", "second", "third"])
    }

    @Test func everyDeadlineNotCancelledFiresExactlyOnce() async throws {
        let scheduler = DeadlineScheduler()
        let fired = FireLog()
        var expected: [String] = []
        for index in 0..<1000 {
            let name = "\(index)"
            let token = scheduler.schedule(after: .milliseconds(200)) { fired.record(name) }
            if index % 3 == 0 {
                scheduler.cancel(token)
            } else {
                expected.append(name)
            }
        }
        // Due after all the others: once it has fired, so have they.
        _ = scheduler.schedule(after: .milliseconds(250)) { fired.record("sentinel") }
        expected.append("sentinel")
        #expect(try await eventually { fired.names.last == "sentinel" })
        #expect(fired.names == expected)
        #expect(scheduler.pendingCount == 0)
    }

    @Test func scheduleAndCancelCyclesKeepTheQueueBounded() async throws {
        let scheduler = DeadlineScheduler()
        let fired = FireLog()
        var kept: [UInt64] = []
        for index in 0..<100_000 {
            let token = scheduler.schedule(after: .seconds(60)) { fired.record("cycle") }
            if index % 10_000 == 0 {
                kept.append(token)
            } else {
                scheduler.cancel(token)
            }
        }
        #expect(scheduler.pendingCount == kept.count)
        #expect(scheduler.queuedCount <= 2 * kept.count + 1024)
        for token in kept { scheduler.cancel(token) }
        #expect(scheduler.pendingCount == 0)
        #expect(scheduler.queuedCount <= 1024)
        #expect(fired.count == 0)
    }
}

/// The names of the deadlines fired, in firing order.
private final class FireLog: Sendable {
    private let fired = Mutex<[String]>([])

    func record(_ name: String) { fired.withLock { $0.append(name) } }

    var names: [String] { fired.withLock { $0 } }

    var count: Int { fired.withLock { $0.count } }
}

/// Whether `condition` holds within 5 s, checking every 5 ms.
private func eventually(_ condition: () -> Bool) async throws -> Bool {
    let limit = ContinuousClock.now + .seconds(5)
    while !condition() {
        guard ContinuousClock.now < limit else { return false }
        try await Task.sleep(for: .milliseconds(5))
    }
    return true
}
