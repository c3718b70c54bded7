import Foundation

/// Runs an endpoint closure with a deadline: the first of "the closure finished" and "the time
/// is up" answers, so a closure that ignores cancellation still cannot hold its request. The
/// closure is cancelled on timeout and when the request itself is cancelled; the timer is
/// cancelled as soon as the closure finishes.
enum TimedExecution {
    enum Outcome: Sendable {
        case returned(EndpointResponse)
        case threw(any Error)
        case timedOut
    }

    static func run(
        timeout: Duration, _ body: @escaping @Sendable () async throws -> EndpointResponse
    ) async -> Outcome {
        let work = Task { try await body() }
        let gate = OnceGate()
        let outcome: Outcome = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Outcome, Never>) in
                gate.arm(continuation)
                Task {
                    switch await work.result {
                    case .success(let response): gate.resume(.returned(response))
                    case .failure(let error): gate.resume(.threw(error))
                    }
                }
                gate.timer = Task {
                    do {
                        try await Task.sleep(for: timeout)
                        gate.resume(.timedOut)
                    } catch {
                        // cancelled: the closure finished first
                    }
                }
            }
        } onCancel: {
            work.cancel()
        }
        gate.cancelTimer()
        if case .timedOut = outcome { work.cancel() }
        return outcome
    }
}

/// Resumes a continuation exactly once, whoever comes first.
private final class OnceGate: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<TimedExecution.Outcome, Never>?
    private var done = false
    private var _timer: Task<Void, Never>?

    var timer: Task<Void, Never>? {
        get { lock.withLock { _timer } }
        set { lock.withLock { _timer = newValue } }
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

    func cancelTimer() {
        timer?.cancel()
    }
}
