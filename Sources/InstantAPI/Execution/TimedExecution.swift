import Synchronization

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
            await withUnsafeContinuation { (continuation: UnsafeContinuation<Outcome, Never>) in
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

/// Resumes a continuation exactly once, whoever comes first (which is what makes the unchecked
/// continuation safe).
private final class OnceGate: Sendable {
    private struct State {
        var continuation: UnsafeContinuation<TimedExecution.Outcome, Never>?
        var done = false
        var work: Task<Void, Never>?
    }

    private let state = Mutex(State())

    var isDone: Bool { state.withLock { $0.done } }

    var work: Task<Void, Never>? {
        get { state.withLock { $0.work } }
        set { state.withLock { $0.work = newValue } }
    }

    func arm(_ continuation: UnsafeContinuation<TimedExecution.Outcome, Never>) {
        state.withLock { $0.continuation = continuation }
    }

    func resume(_ outcome: TimedExecution.Outcome) {
        let target: UnsafeContinuation<TimedExecution.Outcome, Never>? = state.withLock { state in
            guard !state.done, let continuation = state.continuation else { return nil }
            state.done = true
            state.continuation = nil
            return continuation
        }
        target?.resume(returning: outcome)
    }
}
