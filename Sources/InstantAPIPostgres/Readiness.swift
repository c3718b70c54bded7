import Synchronization

/// Whether the queue is ready: enqueues wait for it (at most their timeout) while it starts.
final class Readiness: Sendable {
    private enum State {
        case starting([UInt64: CheckedContinuation<Void, any Error>], next: UInt64)
        case ready
        case failed(any Error)
    }

    struct NotReady: Error, CustomStringConvertible {
        var description: String
    }

    private let state = Mutex(State.starting([:], next: 0))

    func open() { settle(.ready) }
    func fail(_ error: any Error) { settle(.failed(error)) }

    private func settle(_ outcome: State) {
        let waiters = state.withLock { state in
            guard case .starting(let waiters, _) = state else { return [CheckedContinuation<Void, any Error>]() }
            state = outcome
            return Array(waiters.values)
        }
        for waiter in waiters {
            if case .failed(let error) = outcome { waiter.resume(throwing: error) } else { waiter.resume() }
        }
    }

    func wait(timeout: Duration) async throws {
        let id: UInt64? = state.withLock { state in
            guard case .starting(let waiters, let next) = state else { return nil }
            state = .starting(waiters, next: next + 1)
            return next
        }
        guard let id else {
            if case .failed(let error) = state.withLock({ $0 }) { throw error }
            return
        }
        let timer = Task {
            guard (try? await Task.sleep(for: timeout)) != nil else { return }
            self.give(up: id, NotReady(description: "The background queue is not running (is its service started?)"))
        }
        defer { timer.cancel() }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let settled: Result<Void, any Error>? = state.withLock { state in
                    switch state {
                    case .starting(var waiters, let next):
                        if Task.isCancelled { return .failure(CancellationError()) }
                        waiters[id] = continuation
                        state = .starting(waiters, next: next)
                        return nil
                    case .ready: return .success(())
                    case .failed(let error): return .failure(error)
                    }
                }
                if let settled { continuation.resume(with: settled) }
            }
        } onCancel: {
            self.give(up: id, CancellationError())
        }
    }

    private func give(up id: UInt64, _ error: any Error) {
        let waiter = state.withLock { state -> CheckedContinuation<Void, any Error>? in
            guard case .starting(var waiters, let next) = state, let waiter = waiters.removeValue(forKey: id) else { return nil }
            state = .starting(waiters, next: next)
            return waiter
        }
        waiter?.resume(throwing: error)
    }
}
