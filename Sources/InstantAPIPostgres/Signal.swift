import Synchronization

/// Wakes one waiting task, with or without a waiter yet: a signal sent while nobody waits is
/// kept for the next wait. What the worker sleeps on between claims.
final class Signal: Sendable {
    private struct State {
        var pending = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    private let state = Mutex(State())

    func signal() {
        let waiter = state.withLock { state in
            guard let waiter = state.waiter else {
                state.pending = true
                return CheckedContinuation<Void, Never>?.none
            }
            state.waiter = nil
            return waiter
        }
        waiter?.resume()
    }

    /// Returns at the next signal (at once for a kept one), after `timeout`, or when the task
    /// is cancelled. One waiter at a time.
    func wait(timeout: Duration) async {
        let timer = Task {
            guard (try? await Task.sleep(for: timeout)) != nil else { return }
            self.signal()
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let resumeNow = state.withLock { state in
                    if state.pending {
                        state.pending = false
                        return true
                    }
                    state.waiter = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            self.signal()
        }
        // A timer that fires late leaves a signal: the next wait returns early, one more
        // look at the queue; clearing it here could lose a real one.
        timer.cancel()
    }
}
