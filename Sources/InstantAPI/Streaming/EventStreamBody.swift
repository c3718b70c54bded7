import Hummingbird
import NIOCore

/// The body of an SSE response: starts the execution when the head has been sent, writes
/// the queued events as they come, a keep-alive comment when idle, and ends after the last
/// event (`@response`).
///
/// Hummingbird does not cancel a response writer when its client disconnects; the server
/// learns about it when a write fails. Idle streams therefore write a keep-alive comment every
/// `keepAlive` interval, and the first failed write cancels the execution, so a closure
/// waiting for anything observes cancellation within about two intervals.
enum EventStreamBody {
    static let keepAliveComment = ByteBuffer(string: ":\n\n")

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
                    case .idle: try await writer.write(keepAliveComment)
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
