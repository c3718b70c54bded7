import Foundation
import InstantAPI
import Testing

/// ``RetryPolicy``: its defaults, the clamping its initializer does and the jittered,
/// capped exponential delays (`base`…`base × 1.1`, rounded to the millisecond).
@Suite("RetryPolicy")
struct RetryPolicyTests {
    /// `duration` in seconds, as a `Double`.
    static func seconds(_ duration: Duration) -> Double {
        duration / .seconds(1)
    }

    /// Whether `delay` lies in `[base, base × 1.1]` seconds, allowing the half millisecond the
    /// rounding to milliseconds can add or remove.
    static func isJittered(_ delay: Duration, base: Double) -> Bool {
        let value = seconds(delay)
        let slack = 0.0005 + 1e-9
        return value >= base - slack && value <= base * 1.1 + slack
    }

    @Test func defaults() {
        let policy = RetryPolicy()
        #expect(policy.maxAttempts == 3)
        #expect(policy.initialDelay == .seconds(1))
        #expect(policy.multiplier == 2)
        #expect(policy.maxDelay == .seconds(300))
    }

    @Test func neverIsASingleAttempt() {
        #expect(RetryPolicy.never.maxAttempts == 1)
        #expect(RetryPolicy.never == RetryPolicy(maxAttempts: 1))
    }

    @Test(arguments: [0, -1, -100, Int.min])
    func atLeastOneAttempt(_ maxAttempts: Int) {
        #expect(RetryPolicy(maxAttempts: maxAttempts).maxAttempts == 1)
    }

    @Test func attemptsAboveOneAreKept() {
        #expect(RetryPolicy(maxAttempts: 1).maxAttempts == 1)
        #expect(RetryPolicy(maxAttempts: 7).maxAttempts == 7)
    }

    @Test(arguments: [0.0, 0.5, -2.0, 0.999])
    func multiplierAtLeastOne(_ multiplier: Double) {
        #expect(RetryPolicy(multiplier: multiplier).multiplier == 1)
    }

    @Test func multiplierAboveOneIsKept() {
        #expect(RetryPolicy(multiplier: 1.5).multiplier == 1.5)
        #expect(RetryPolicy(multiplier: 1).multiplier == 1)
    }

    @Test func maxDelayAtLeastTheInitialDelay() {
        let policy = RetryPolicy(initialDelay: .seconds(10), maxDelay: .seconds(2))
        #expect(policy.initialDelay == .seconds(10))
        #expect(policy.maxDelay == .seconds(10))
        let kept = RetryPolicy(initialDelay: .seconds(2), maxDelay: .seconds(10))
        #expect(kept.maxDelay == .seconds(10))
    }

    @Test func negativeInitialDelayBecomesZero() {
        let policy = RetryPolicy(initialDelay: .seconds(-5), maxDelay: .seconds(-1))
        #expect(policy.initialDelay == .zero)
        #expect(policy.maxDelay == .zero)
        for attempt in 1...5 {
            #expect(policy.delay(afterAttempt: attempt) == .zero)
        }
    }

    /// 1 s, 2 s, 4 s… each with up to 10% jitter, many samples of each (the bounds hold for
    /// every random draw, so this cannot fail by chance).
    @Test func defaultDelaysDoubleWithJitter() {
        let policy = RetryPolicy()
        for attempt in 1...8 {
            let base = Double(1 << (attempt - 1))
            for _ in 0..<200 {
                let delay = policy.delay(afterAttempt: attempt)
                #expect(Self.isJittered(delay, base: base), "attempt \(attempt): \(delay)")
            }
        }
    }

    /// From attempt 10 on (2^9 = 512 s > 300 s) the base is `maxDelay`: at most 330 s.
    @Test(arguments: [9, 10, 20, 64, 1000, 5000, Int.max])
    func delaysAreCappedAtMaxDelayPlusJitter(_ attempt: Int) {
        let policy = RetryPolicy()
        for _ in 0..<100 {
            let delay = policy.delay(afterAttempt: attempt)
            #expect(delay >= .seconds(256) && delay <= .seconds(330), "attempt \(attempt): \(delay)")
            if attempt >= 10 {
                #expect(Self.isJittered(delay, base: 300), "attempt \(attempt): \(delay)")
            }
        }
    }

    @Test func fractionalDelaysAndMultipliers() {
        let policy = RetryPolicy(maxAttempts: 10, initialDelay: .milliseconds(100), multiplier: 1.5, maxDelay: .seconds(1))
        for attempt in 1...10 {
            let base = min(0.1 * pow(1.5, Double(attempt - 1)), 1.0)
            for _ in 0..<100 {
                let delay = policy.delay(afterAttempt: attempt)
                #expect(Self.isJittered(delay, base: base), "attempt \(attempt): \(delay)")
            }
        }
    }

    @Test func multiplierOneKeepsTheDelayConstant() {
        let policy = RetryPolicy(maxAttempts: 5, initialDelay: .seconds(2), multiplier: 1)
        for attempt in 1...20 {
            #expect(Self.isJittered(policy.delay(afterAttempt: attempt), base: 2))
        }
    }

    /// Attempt 0 or below (never passed by the queues) waits the initial delay, not less.
    /// (`Int.min` traps on `attempt - 1`; the queues never pass it.)
    @Test(arguments: [0, -1, -1000])
    func attemptsBelowOneWaitTheInitialDelay(_ attempt: Int) {
        let policy = RetryPolicy(initialDelay: .seconds(3))
        #expect(Self.isJittered(policy.delay(afterAttempt: attempt), base: 3))
    }

    @Test func delaysAreWholeMilliseconds() {
        let policy = RetryPolicy(initialDelay: .microseconds(1500), multiplier: 1.3, maxDelay: .seconds(1))
        for attempt in 1...20 {
            let delay = policy.delay(afterAttempt: attempt)
            let attoseconds = delay.components.attoseconds
            #expect(attoseconds % 1_000_000_000_000_000 == 0, "\(delay)")
        }
    }

    /// The jitter is random: many draws of the same delay are not all equal.
    @Test func jitterVaries() {
        let policy = RetryPolicy(initialDelay: .seconds(10))
        let delays = Set((0..<200).map { _ in policy.delay(afterAttempt: 1) })
        #expect(delays.count > 1)
    }

    /// A huge cap (`.seconds(Int64.max)`, "no cap") with many attempts: the jittered delay in
    /// milliseconds no longer fits an `Int64`. It should saturate rather than trap the process.
    @Test func aHugeMaxDelayDoesNotTrap() async {
        await #expect(processExitsWith: .success) {
            let policy = RetryPolicy(maxAttempts: 100, initialDelay: .seconds(1), multiplier: 2, maxDelay: .seconds(Int64.max))
            _ = policy.delay(afterAttempt: 64)
            _ = policy.delay(afterAttempt: .max)
            _ = policy.delay(afterAttempt: .min)
        }
    }
}
