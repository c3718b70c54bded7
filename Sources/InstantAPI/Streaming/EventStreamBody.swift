import Hummingbird
import NIOCore

/// The body of an SSE response: starts the execution when the head has been sent, writes
/// the queued events as they come, a keep-alive comment when idle, and ends after the last
/// event (`@response`).
///
/// Hummingbird does not cancel a response writer when its client disconnects; the server
/// learns about it when a write fails, and a write fails only after the peer has answered an
/// earlier one with a reset. Idle streams therefore write their keep-alive comment in two
/// writes a moment apart, then an empty write (no bytes on the wire) that fails once the
/// connection is closed: the first failure cancels the execution, so a closure waiting for
/// anything observes cancellation within about one to two keep-alive intervals.
enum EventStreamBody {
    /// The keep-alive comment, written in two parts (see above).
    static let keepAliveParts = (head: ByteBuffer(string: ":"), tail: ByteBuffer(string: "\n\n"))
    /// The pause between the parts: a loopback or LAN peer's reset arrives well within it.
    static let probeGap = Duration.milliseconds(5)

    /// - Parameters:
    ///   - queue: the stream's events.
    ///   - keepAlive: the idle interval between keep-alive comments.
    ///   - start: pushes `@begin`, then runs the closure and pushes `@response` (`finish`).
    static func make(
        queue: EventQueue, keepAlive: Duration, start: @escaping @Sendable () async -> Void
    ) -> ResponseBody {
        ResponseBody { writer in
            let execution = Task { await start() }
            let ticker = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: keepAlive)
                    queue.tick()
                }
            }
            defer { ticker.cancel() }
            do {
                writing: while true {
                    switch await queue.next() {
                    case .bytes(let bytes): try await writer.write(ByteBuffer(bytes: bytes))
                    case .idle:
                        try await writer.write(keepAliveParts.head)
                        try await Task.sleep(for: probeGap)
                        try await writer.write(keepAliveParts.tail)
                        try await Task.sleep(for: probeGap)
                        try await writer.write(ByteBuffer())
                    case .finished: break writing
                    }
                }
                if queue.isClosed { throw CancellationError() }
                try await writer.finish(nil)
            } catch {
                queue.close()
                execution.cancel()
                throw error
            }
        }
    }
}
