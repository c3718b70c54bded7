import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Collects a streamed response body in memory, up to a limit, for in-process calls.
struct ResponseBodyCollector: ResponseBodyWriter {
    /// The body grew past the limit.
    struct TooLarge: Error, CustomStringConvertible {
        var limit: Int
        var description: String { "Response body exceeds \(limit) bytes" }
    }

    /// Where the writer (consumed by `ResponseBody.write`) leaves the bytes.
    private final class Sink: @unchecked Sendable {
        private let lock = NSLock()
        private var bytes: [UInt8] = []

        func append(_ buffer: ByteBuffer, limit: Int) throws {
            try lock.withLock {
                guard bytes.count + buffer.readableBytes <= limit else { throw TooLarge(limit: limit) }
                bytes.append(contentsOf: buffer.readableBytesView)
            }
        }

        var collected: [UInt8] { lock.withLock { bytes } }
    }

    private let sink: Sink
    private let limit: Int

    private init(sink: Sink, limit: Int) {
        self.sink = sink
        self.limit = limit
    }

    /// The whole body of `body`; throws ``TooLarge`` past `limit` bytes.
    static func collect(_ body: ResponseBody, limit: Int) async throws -> [UInt8] {
        let sink = Sink()
        try await body.write(ResponseBodyCollector(sink: sink, limit: limit))
        return sink.collected
    }

    mutating func write(_ buffer: ByteBuffer) async throws {
        try sink.append(buffer, limit: limit)
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
