import Foundation
import Synchronization

/// The bounded hand-over between an endpoint closure (producer) and the SSE writer (consumer)
/// of one stream.
///
/// Events are framed when they are pushed (their ids are assigned in call order) and appended
/// to one pending buffer; the writer takes everything pending at once, so a fast closure is
/// written in few large chunks. A producer waits while more than `capacity` bytes are
/// pending, so a slow client holds the closure back instead of growing memory: the writer
/// itself waits on the connection's back-pressure. Once the stream is closed (the client went
/// away) every push is dropped and waiting producers are released.
final class EventQueue: Sendable {
    /// What the writer does next.
    enum Next: Sendable {
        /// Write these bytes (one or more whole events).
        case bytes([UInt8])
        /// Nothing happened for a keep-alive interval: write a comment.
        case idle
        /// The last event was taken: end the response.
        case finished
    }

    private struct State {
        var frames: EventFrameWriter
        var pending: [UInt8] = []
        var finished = false
        var closed = false
        var wroteSinceTick = false
        var consumer: CheckedContinuation<Next, Never>?
        var producers: [Int: CheckedContinuation<Void, Never>] = [:]
        var nextProducer = 0

        /// Hands the pending bytes to a waiting writer (the caller resumes it outside the lock).
        mutating func takeForWaitingConsumer(capacity: Int) -> (CheckedContinuation<Next, Never>, Next)? {
            guard let consumer, !pending.isEmpty || finished else { return nil }
            self.consumer = nil
            return (consumer, pending.isEmpty ? .finished : .bytes(takePending(capacity: capacity)))
        }

        mutating func takePending(capacity: Int) -> [UInt8] {
            wroteSinceTick = true
            var taken: [UInt8] = []
            taken.reserveCapacity(min(pending.count, capacity))
            swap(&taken, &pending)
            return taken
        }

        mutating func releaseProducers() -> [CheckedContinuation<Void, Never>] {
            guard !producers.isEmpty else { return [] }
            defer { producers = [:] }
            return Array(producers.values)
        }
    }

    private let capacity: Int
    private let state: Mutex<State>

    /// - Parameters:
    ///   - capacity: pending bytes above which producers wait (one event larger than this is
    ///     still accepted, then waits until it is written).
    ///   - uuid: the execution id, the suffix of every event id.
    init(capacity: Int, uuid: String) {
        self.capacity = max(1, capacity)
        state = Mutex(State(frames: EventFrameWriter(uuid: uuid)))
    }

    /// Appends an event with an id and waits while the pending bytes exceed the capacity.
    /// Returns `false` when the stream is already closed or finished (the event is dropped).
    @discardableResult
    func push(event name: String, data: [UInt8]) async -> Bool {
        let (accepted, mustWait) = append(event: name, data: data, limit: nil)
        if mustWait { await waitForSpace() }
        return accepted
    }

    /// Appends an event without waiting (for `context.log`, which is synchronous); the event
    /// is dropped when `limit` bytes are already pending, so memory stays bounded.
    @discardableResult
    func pushWithoutWaiting(event name: String, data: [UInt8]) -> Bool {
        append(event: name, data: data, limit: capacity * 4).accepted
    }

    /// Appends the last event (`@response`, without id) and lets the writer end the response.
    func finish(event name: String, data: [UInt8]) {
        let handOver: (CheckedContinuation<Next, Never>, Next)? = state.withLock { state in
            guard !state.finished, !state.closed else { return nil }
            state.frames.append(event: name, data: data, withID: false, into: &state.pending)
            state.finished = true
            return state.takeForWaitingConsumer(capacity: capacity)
        }
        if let (consumer, next) = handOver { consumer.resume(returning: next) }
    }

    /// The client went away or the writer stopped: drop what is pending and everything that
    /// follows, release waiting producers, end the writer's wait.
    func close() {
        let (consumer, producers): (CheckedContinuation<Next, Never>?, [CheckedContinuation<Void, Never>]) =
            state.withLock { state in
                state.closed = true
                state.pending = []
                let waiting = (state.consumer, Array(state.producers.values))
                state.consumer = nil
                state.producers = [:]
                return waiting
            }
        consumer?.resume(returning: .finished)
        for producer in producers { producer.resume() }
    }

    /// Whether the stream was closed before its last event was written.
    var isClosed: Bool { state.withLock { $0.closed } }

    /// A keep-alive tick: when nothing was written since the previous tick and the writer is
    /// waiting, it writes a comment (which also finds out whether the client is still there).
    func tick() {
        let consumer: CheckedContinuation<Next, Never>? = state.withLock { state in
            if state.wroteSinceTick {
                state.wroteSinceTick = false
                return nil
            }
            defer { state.consumer = nil }
            return state.consumer
        }
        consumer?.resume(returning: .idle)
    }

    /// The next thing to write; waits for events. Cancelling the waiting task closes the queue.
    func next() async -> Next {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Next, Never>) in
                let (ready, released): (Next?, [CheckedContinuation<Void, Never>]) = state.withLock { state in
                    if state.closed { return (.finished, []) }
                    if !state.pending.isEmpty {
                        return (.bytes(state.takePending(capacity: capacity)), state.releaseProducers())
                    }
                    if state.finished { return (.finished, []) }
                    state.consumer = continuation
                    return (nil, [])
                }
                for producer in released { producer.resume() }
                if let ready { continuation.resume(returning: ready) }
            }
        } onCancel: {
            close()
        }
    }

    // MARK: - Appending and waiting

    private func append(event name: String, data: [UInt8], limit: Int?) -> (accepted: Bool, mustWait: Bool) {
        let (result, handOver): ((Bool, Bool), (CheckedContinuation<Next, Never>, Next)?) = state.withLock { state in
            guard !state.closed, !state.finished else { return ((false, false), nil) }
            if let limit, state.pending.count >= limit { return ((false, false), nil) }
            state.frames.append(event: name, data: data, withID: true, into: &state.pending)
            let mustWait = state.pending.count > capacity
            return ((true, mustWait), state.takeForWaitingConsumer(capacity: capacity))
        }
        if let (consumer, next) = handOver { consumer.resume(returning: next) }
        return result
    }

    private func waitForSpace() async {
        let id = state.withLock { state in
            state.nextProducer += 1
            return state.nextProducer
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let ready = state.withLock { state in
                    if state.closed || state.pending.count <= capacity || Task.isCancelled { return true }
                    state.producers[id] = continuation
                    return false
                }
                if ready { continuation.resume() }
            }
        } onCancel: {
            let waiting = state.withLock { $0.producers.removeValue(forKey: id) }
            waiting?.resume()
        }
    }
}
