import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization

/// Collects a response body in memory, up to a limit: MCP's in-process calls and the
/// in-process test client (`package`, so `InstantAPITesting` shares it).
package struct ResponseBodyCollector: ResponseBodyWriter {
    /// The body grew past the limit.
    package struct TooLarge: Error, CustomStringConvertible {
        package var limit: Int
        package var description: String { "Response body exceeds \(limit) bytes" }
    }

    /// What a body wrote before it ended.
    package struct Collected: Sendable {
        /// The bytes written.
        package var bytes: [UInt8]
        /// Whether the body finished (a body may finish, then throw to close the connection).
        package var finished: Bool
        /// What the body threw, if anything.
        package var error: (any Error)?
    }

    /// Where the writer (consumed by `ResponseBody.write`) leaves the bytes.
    private final class Sink: Sendable {
        private struct State {
            var bytes: [UInt8] = []
            var didFinish = false
        }

        private let state = Mutex(State())

        func append(_ buffer: ByteBuffer, limit: Int) throws {
            try state.withLock { state in
                guard state.bytes.count + buffer.readableBytes <= limit else { throw TooLarge(limit: limit) }
                state.bytes.append(contentsOf: buffer.readableBytesView)
            }
        }

        func finish() { state.withLock { $0.didFinish = true } }

        var collected: (bytes: [UInt8], finished: Bool) { state.withLock { ($0.bytes, $0.didFinish) } }
    }

    private let sink: Sink
    private let limit: Int

    private init(sink: Sink, limit: Int) {
        self.sink = sink
        self.limit = limit
    }

    /// The whole body of `body`; throws ``TooLarge`` past `limit` bytes, or what the body threw.
    package static func collect(_ body: ResponseBody, limit: Int) async throws -> [UInt8] {
        let collected = await collectAll(body, limit: limit)
        if let error = collected.error { throw error }
        return collected.bytes
    }

    /// Whatever `body` writes, up to `limit` bytes, and how it ended.
    package static func collectAll(_ body: ResponseBody, limit: Int = .max) async -> Collected {
        let sink = Sink()
        var failure: (any Error)?
        do {
            try await body.write(ResponseBodyCollector(sink: sink, limit: limit))
        } catch {
            failure = error
        }
        let (bytes, finished) = sink.collected
        return Collected(bytes: bytes, finished: finished, error: failure)
    }

    package mutating func write(_ buffer: ByteBuffer) async throws {
        try sink.append(buffer, limit: limit)
    }

    package consuming func finish(_ trailingHeaders: HTTPFields?) async throws {
        sink.finish()
    }
}
