import Foundation
import Synchronization

/// The bounded hand-over between an endpoint closure (producer) and the SSE response that
/// writes its events (consumer), kept so that a client that reconnects can resume.
///
/// Events are framed when they are pushed (their ids are assigned in call order) and appended
/// to one log; the consumer takes everything it has not written yet at once, so a fast closure
/// is written in few large chunks. A producer waits while more than `capacity` bytes are not
/// yet taken, so a slow client (or none, between a disconnect and a reconnect) holds the
/// closure back instead of growing memory.
///
/// The log keeps the last `retainedBytes` of taken events besides: a reconnect carrying
/// `Last-Event-ID` attaches a new consumer that starts after that event (``attach(after:)``),
/// and the consumer it replaces ends. ``close()`` abandons the stream: every push is dropped
/// and waiting producers are released.
final class EventQueue: Sendable {
    /// What a consumer does next.
    enum Next: Sendable {
        /// Write these bytes (one or more whole events).
        case bytes([UInt8])
        /// Nothing happened for a keep-alive interval: write a comment.
        case idle
        /// The last event was taken, or another consumer took over: end the response.
        case finished
    }

    /// Where a reconnect resumes.
    enum Attachment: Sendable, Equatable {
        /// Events follow: consume them with this consumer number.
        case resumed(consumer: Int)
        /// The client has every event already: nothing more will come.
        case complete
        /// The id is not one this stream kept (never sent, or older than the kept window).
        case unknownEvent
    }

    private struct State {
        var frames: EventFrameWriter
        /// Taken bytes kept for reconnects.
        let retained: Int
        /// Framed events from absolute offset `logStart` on; always starts at an event boundary.
        var log: [UInt8] = []
        var logStart = 0
        /// The absolute offset up to which the attached consumer has taken the log.
        var taken = 0
        /// The attached consumer's number; `nil` while none is attached.
        var consumerNumber: Int? = 1
        var lastConsumerNumber = 1
        var finished = false
        var closed = false
        var wroteSinceTick = false
        var consumer: CheckedContinuation<Next, Never>?
        var producers: [Int: CheckedContinuation<Void, Never>] = [:]
        var nextProducer = 0

        var end: Int { logStart + log.count }
        var untaken: Int { end - taken }

        /// Hands what is untaken to a waiting consumer (the caller resumes it outside the lock).
        mutating func takeForWaitingConsumer() -> (CheckedContinuation<Next, Never>, Next)? {
            guard let consumer, untaken > 0 || finished else { return nil }
            self.consumer = nil
            return (consumer, untaken == 0 ? .finished : .bytes(takeUntaken()))
        }

        /// Everything untaken, for the attached consumer; trims the kept window.
        mutating func takeUntaken() -> [UInt8] {
            wroteSinceTick = true
            let bytes = Array(log[(taken - logStart)...])
            taken = end
            trim()
            return bytes
        }

        /// Closes: drops the log, hands back the waiting consumer and producers to resume.
        mutating func markClosed() -> (CheckedContinuation<Next, Never>?, [CheckedContinuation<Void, Never>]) {
            closed = true
            log = []
            logStart = taken
            defer {
                consumer = nil
                producers = [:]
            }
            return (consumer, Array(producers.values))
        }

        mutating func releaseProducers() -> [CheckedContinuation<Void, Never>] {
            guard !producers.isEmpty else { return [] }
            defer { producers = [:] }
            return Array(producers.values)
        }

        /// Drops taken events from the front once the log holds half again more than
        /// `retained` bytes, cutting at an event boundary (amortised: one copy per
        /// `retained / 2` bytes appended).
        mutating func trim() {
            guard log.count > retained + retained / 2 else { return }
            let limit = min(taken - logStart, log.count - retained)
            guard limit > 0, let cut = EventLog.boundary(in: log, atOrBefore: limit) else { return }
            log.removeFirst(cut)
            logStart += cut
        }
    }

    private let capacity: Int
    private let state: Mutex<State>

    /// - Parameters:
    ///   - capacity: untaken bytes above which producers wait (one event larger than this is
    ///     still accepted, then waits until it is taken).
    ///   - retainedBytes: taken bytes kept for reconnects.
    ///   - uuid: the execution id, the suffix of every event id.
    ///   - retry: the reconnection delay sent to clients before the first event (`retry:`).
    init(capacity: Int, retainedBytes: Int, uuid: String, retry: Duration? = nil) {
        self.capacity = max(1, capacity)
        state = Mutex(State(frames: EventFrameWriter(uuid: uuid, retry: retry), retained: max(0, retainedBytes)))
    }

    /// Appends an event and waits while the untaken bytes exceed the capacity. Returns
    /// `false` when the stream is already closed or finished (the event is dropped).
    @discardableResult
    func push(event name: String, data: [UInt8]) async -> Bool {
        let (accepted, mustWait) = append(event: name, data: data, limit: nil, last: false)
        if mustWait { await waitForSpace() }
        return accepted
    }

    /// Appends an event without waiting (for `context.log`, which is synchronous); the event
    /// is dropped when `limit` bytes are already untaken, so memory stays bounded.
    @discardableResult
    func pushWithoutWaiting(event name: String, data: [UInt8]) -> Bool {
        append(event: name, data: data, limit: capacity * 4, last: false).accepted
    }

    /// Appends the last event (`@response`) and lets the consumer end its response.
    func finish(event name: String, data: [UInt8]) {
        _ = append(event: name, data: data, limit: nil, last: true)
    }

    /// The stream is abandoned (its execution was cancelled): drop everything that follows,
    /// release waiting producers, end the consumer's wait.
    func close() {
        Self.release(state.withLock { $0.markClosed() })
    }

    private static func release(_ waiting: (CheckedContinuation<Next, Never>?, [CheckedContinuation<Void, Never>])) {
        waiting.0?.resume(returning: .finished)
        for producer in waiting.1 { producer.resume() }
    }

    /// Whether the stream was closed before its last event was taken.
    var isClosed: Bool { state.withLock { $0.closed } }
    /// Whether the last event was appended.
    var isFinished: Bool { state.withLock { $0.finished } }
    /// Whether a consumer is attached.
    var hasConsumer: Bool { state.withLock { $0.consumerNumber != nil } }
    /// The number of the consumer attached last (1 for the stream's first response).
    var latestConsumer: Int { state.withLock { $0.lastConsumerNumber } }

    /// Attaches a new consumer that starts after the event `lastEventID` (a client's
    /// `Last-Event-ID`); the consumer attached before ends with `.finished`.
    func attach(after lastEventID: String) -> Attachment {
        let (attachment, replaced): (Attachment, CheckedContinuation<Next, Never>?) = state.withLock { state in
            // An event not taken yet was never sent: no client can have it.
            guard !state.closed, let eventEnd = EventLog.end(ofEventWithID: lastEventID, in: state.log),
                state.logStart + eventEnd <= state.taken
            else {
                return (.unknownEvent, nil)
            }
            let resumeAt = state.logStart + eventEnd
            if state.finished && resumeAt == state.end { return (.complete, nil) }
            state.lastConsumerNumber += 1
            state.consumerNumber = state.lastConsumerNumber
            state.taken = resumeAt
            defer { state.consumer = nil }
            return (.resumed(consumer: state.lastConsumerNumber), state.consumer)
        }
        replaced?.resume(returning: .finished)
        return attachment
    }

    /// Closes the stream when no consumer attached after consumer `number` left and it has
    /// not finished: one decision under the lock, so a reconnect cannot slip in between.
    func closeIfUnattended(since number: Int) -> Bool {
        let waiting = state.withLock { state -> (CheckedContinuation<Next, Never>?, [CheckedContinuation<Void, Never>])? in
            guard state.lastConsumerNumber == number, state.consumerNumber == nil, !state.finished, !state.closed else {
                return nil
            }
            return state.markClosed()
        }
        guard let waiting else { return false }
        Self.release(waiting)
        return true
    }

    /// The consumer `number` stopped (its client went away); producers keep appending until
    /// the capacity is untaken, for a reconnect to find.
    func detach(consumer number: Int) {
        let waiting: CheckedContinuation<Next, Never>? = state.withLock { state in
            guard state.consumerNumber == number else { return nil }
            state.consumerNumber = nil
            defer { state.consumer = nil }
            return state.consumer
        }
        waiting?.resume(returning: .finished)
    }

    /// A keep-alive tick: when nothing was taken since the previous tick and the consumer is
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

    /// The next thing consumer `number` writes; waits for events. Cancelling the waiting task
    /// detaches the consumer.
    func next(consumer number: Int) async -> Next {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Next, Never>) in
                let (ready, released): (Next?, [CheckedContinuation<Void, Never>]) = state.withLock { state in
                    if state.closed || state.consumerNumber != number { return (.finished, []) }
                    if state.untaken > 0 { return (.bytes(state.takeUntaken()), state.releaseProducers()) }
                    if state.finished { return (.finished, []) }
                    state.consumer = continuation
                    return (nil, [])
                }
                for producer in released { producer.resume() }
                if let ready { continuation.resume(returning: ready) }
            }
        } onCancel: {
            detach(consumer: number)
        }
    }

    // MARK: - Appending and waiting

    private func append(event name: String, data: [UInt8], limit: Int?, last: Bool) -> (accepted: Bool, mustWait: Bool) {
        let (result, handOver, released):
            ((Bool, Bool), (CheckedContinuation<Next, Never>, Next)?, [CheckedContinuation<Void, Never>]) =
            state.withLock { state in
                guard !state.closed, !state.finished else { return ((false, false), nil, []) }
                if let limit, state.untaken >= limit { return ((false, false), nil, []) }
                state.frames.append(event: name, data: data, into: &state.log)
                if last { state.finished = true }
                let handOver = state.takeForWaitingConsumer()
                // Other producers may wait for the space this hand-over made.
                return ((true, state.untaken > capacity), handOver, handOver == nil ? [] : state.releaseProducers())
            }
        if let (consumer, next) = handOver { consumer.resume(returning: next) }
        for producer in released { producer.resume() }
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
                    if state.closed || state.untaken <= capacity || Task.isCancelled { return true }
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

/// Searches in a log of framed events (`[retry: …\n]id: …\nevent: …\ndata: …\n\n` each).
enum EventLog {
    private static let terminator: [UInt8] = [10, 10]

    /// The offset just after the event whose `id:` line is exactly `id`, if the log holds it.
    /// An `id:` line can only start a line: data lines start with `data: `.
    static func end(ofEventWithID id: String, in log: [UInt8]) -> Int? {
        let line = Array("id: \(id)\n".utf8)
        // Ids are ~70 bytes; a longer header value cannot match and is not searched for.
        guard !id.isEmpty, id.utf8.count <= 256, !id.utf8.contains(10), line.count <= log.count else { return nil }
        var index = 0
        while let found = firstIndex(of: line, in: log, from: index) {
            if found == 0 || log[found - 1] == 10 {
                return firstIndex(of: terminator, in: log, from: found + line.count).map { $0 + 2 }
            }
            index = found + 1
        }
        return nil
    }

    /// The largest event boundary at or before `offset` (an offset where an event starts),
    /// looking back at most 64 KiB: behind one larger event the trim waits for the next.
    static func boundary(in log: [UInt8], atOrBefore offset: Int) -> Int? {
        var index = min(offset, log.count)
        let floor = max(2, index - 65_536)
        while index >= floor {
            if log[index - 1] == 10 && log[index - 2] == 10 { return index }
            index -= 1
        }
        return nil
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, start <= bytes.count - pattern.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first && bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
