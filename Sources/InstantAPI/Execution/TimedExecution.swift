import Foundation

/// Runs an endpoint closure with a deadline: the first of "the closure finished" and "the time
/// is up" answers, so a closure that ignores cancellation still cannot hold its request. The
/// closure is cancelled on timeout and when the request itself is cancelled; the deadline is
/// dropped as soon as the closure finishes.
enum TimedExecution {
    enum Outcome: Sendable {
        case returned(EndpointResponse)
        case threw(any Error)
        case timedOut
    }

    static func run(
        timeout: Duration, deadlines: DeadlineScheduler,
        _ body: @escaping @Sendable () async throws -> EndpointResponse
    ) async -> Outcome {
        let gate = OnceGate()
        var token: UInt64?
        let outcome: Outcome = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Outcome, Never>) in
                gate.arm(continuation)
                // Starts on this thread: a closure that never suspends finishes right here, with
                // no hop to another thread and no deadline to schedule.
                let work = Task.immediate {
                    do {
                        gate.resume(.returned(try await body()))
                    } catch {
                        gate.resume(.threw(error))
                    }
                }
                if gate.isDone { return }
                gate.work = work
                if Task.isCancelled { work.cancel() }
                token = deadlines.schedule(after: timeout) {
                    gate.resume(.timedOut)
                    work.cancel()
                }
            }
        } onCancel: {
            gate.work?.cancel()
        }
        if let token { deadlines.cancel(token) }
        return outcome
    }
}

/// Resumes a continuation exactly once, whoever comes first.
private final class OnceGate: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<TimedExecution.Outcome, Never>?
    private var done = false
    private var _work: Task<Void, Never>?

    var isDone: Bool { lock.withLock { done } }

    var work: Task<Void, Never>? {
        get { lock.withLock { _work } }
        set { lock.withLock { _work = newValue } }
    }

    func arm(_ continuation: CheckedContinuation<TimedExecution.Outcome, Never>) {
        lock.withLock { self.continuation = continuation }
    }

    func resume(_ outcome: TimedExecution.Outcome) {
        let target: CheckedContinuation<TimedExecution.Outcome, Never>? = lock.withLock {
            guard !done, let continuation else { return nil }
            done = true
            self.continuation = nil
            return continuation
        }
        target?.resume(returning: outcome)
    }
}
