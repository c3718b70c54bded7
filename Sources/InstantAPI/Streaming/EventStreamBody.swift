import Hummingbird
import NIOCore
import Synchronization

/// The body of an SSE response: writes the queued events of a stream as they come, a
/// keep-alive comment when idle, and ends after the last event (`@response`).
///
/// A client that goes away detaches from the stream: unless it reconnects within the grace
/// period, the execution is cancelled. With ``GatewayRequestContext`` the request knows its
/// connection: each keep-alive tick checks that it is still open, so the departure is noticed
/// within one interval, and keep-alive comments are single writes. (Hummingbird's
/// `consumeWithInboundCloseHandler` stops the process, `preconditionFailure`, on a request body
/// that a middleware or a test replaced, so it cannot be used where any app's middleware
/// reaches; a callback on the channel's `closeFuture` would stay registered, one per stream,
/// as long as a keep-alive connection lasts.)
///
/// Elsewhere (a router with the app's own request context), Hummingbird does not tell a
/// response writer that its client disconnected; the server learns it when a write fails, and
/// a write fails only after the peer has answered an earlier one with a reset. Idle streams
/// then write their keep-alive comment in two writes a moment apart, then an empty write (no
/// bytes on the wire) that fails once the connection is closed: the first failure detaches the
/// client, within about one to two keep-alive intervals.
enum EventStreamBody {
    /// The keep-alive comment, whole and in two parts (see above).
    static let keepAlive = ByteBuffer(string: ":\n\n")
    static let keepAliveParts = (head: ByteBuffer(string: ":"), tail: ByteBuffer(string: "\n\n"))
    /// The pause between the parts: a loopback or LAN peer's reset arrives well within it.
    static let probeGap = Duration.milliseconds(5)

    /// - Parameters:
    ///   - stream: the execution whose events are written.
    ///   - consumer: this response's consumer number in the stream's queue.
    ///   - keepAlive: the idle interval between keep-alive comments.
    ///   - grace: how long the closure waits for a reconnect once this client is gone.
    ///   - connectionIsOpen: whether the client's connection is still open, when that is known.
    static func make(
        stream: ResumableStream, consumer: Int, keepAlive: Duration, grace: Duration,
        connectionIsOpen: (@Sendable () -> Bool)?
    ) -> ResponseBody {
        let queue = stream.queue
        let lease = ConsumerLease(stream: stream, consumer: consumer, grace: grace)
        return ResponseBody { writer in
            lease.markWritten()
            let ticker = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: keepAlive)
                    if let connectionIsOpen, !connectionIsOpen() {
                        stream.consumerLeft(consumer, grace: grace)
                        return
                    }
                    queue.tick()
                }
            }
            defer { ticker.cancel() }
            do {
                writing: while true {
                    switch await queue.next(consumer: consumer) {
                    case .bytes(let bytes): try await writer.write(ByteBuffer(bytes: bytes))
                    case .idle where connectionIsOpen != nil:
                        try await writer.write(Self.keepAlive)
                    case .idle:
                        try await writer.write(keepAliveParts.head)
                        try await Task.sleep(for: probeGap)
                        try await writer.write(keepAliveParts.tail)
                        try await Task.sleep(for: probeGap)
                        try await writer.write(ByteBuffer())
                    case .finished: break writing
                    }
                }
                // Abandoned, or this client left (another consumer may have taken over).
                if queue.isClosed || !queue.isFinished { throw CancellationError() }
                try await writer.finish(nil)
            } catch {
                stream.consumerLeft(consumer, grace: grace)
                throw error
            }
        }
    }
}

/// Detaches a consumer whose response body is dropped without being written (the connection
/// closed before the head went out), so that its stream is not left waiting for it.
private final class ConsumerLease: Sendable {
    private let stream: ResumableStream
    private let consumer: Int
    private let grace: Duration
    private let written = Atomic<Bool>(false)

    init(stream: ResumableStream, consumer: Int, grace: Duration) {
        self.stream = stream
        self.consumer = consumer
        self.grace = grace
    }

    func markWritten() {
        written.store(true, ordering: .relaxed)
    }

    deinit {
        if !written.load(ordering: .relaxed) { stream.consumerLeft(consumer, grace: grace) }
    }
}
