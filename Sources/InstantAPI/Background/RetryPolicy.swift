import Foundation

/// How often a failed background execution is tried again, and how long it waits in between:
/// `initialDelay` after the first failure, multiplied by `multiplier` after each next one, at
/// most `maxDelay`, with up to 10% random jitter so that replicas retrying together spread out.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included (1: never retried).
    public var maxAttempts: Int
    public var initialDelay: Duration
    public var multiplier: Double
    public var maxDelay: Duration

    /// Defaults: 3 attempts, 1 s then 2 s between them, never more than 5 minutes.
    public init(maxAttempts: Int = 3, initialDelay: Duration = .seconds(1), multiplier: Double = 2, maxDelay: Duration = .seconds(300)) {
        self.maxAttempts = max(1, maxAttempts)
        self.initialDelay = max(.zero, initialDelay)
        self.multiplier = max(1, multiplier)
        self.maxDelay = max(self.initialDelay, maxDelay)
    }

    /// One attempt, never retried.
    public static let never = RetryPolicy(maxAttempts: 1)

    /// The wait before attempt `attempt + 1`, after attempt `attempt` (1-based) failed.
    public func delay(afterAttempt attempt: Int) -> Duration {
        let exponent = attempt > 1 ? Double(attempt - 1) : 0
        let base = min(initialDelay / .seconds(1) * pow(multiplier, exponent), maxDelay / .seconds(1))
        // At most 2^53 ms (285,000 years): a `maxDelay` meant as "no cap" must not overflow Int64.
        let milliseconds = min((base * Double.random(in: 1...1.1) * 1000).rounded(), 9_007_199_254_740_992)
        return .milliseconds(Int64(milliseconds))
    }
}
