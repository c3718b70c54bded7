import Hummingbird
import NIOCore
import _NIOFileSystem

/// Reads static files off the cooperative thread pool (NIOFileSystem): small ones whole, large
/// ones as a streamed body in bounded chunks, so serving a file never holds it in memory.
enum StaticFileBody {
    /// The size of each chunk read and written while streaming.
    static let chunkLength: ByteCount = .kibibytes(64)

    /// The whole file, at most `limit` bytes (larger files throw).
    static func read(path: String, limit: Int) async throws -> [UInt8] {
        try await FileSystem.shared.withFileHandle(
            forReadingAt: FilePath(path), options: .init(followSymbolicLinks: false)
        ) { handle in
            let buffer = try await handle.readToEnd(maximumSizeAllowed: .bytes(Int64(limit)))
            return Array(buffer.readableBytesView)
        }
    }

    /// A body streaming the bytes `range` of the file, with its `Content-Length`. If the file
    /// shrinks while it is sent, the body ends short and the connection is closed.
    static func streamed(path: String, range: ClosedRange<Int>) -> ResponseBody {
        ResponseBody(contentLength: range.count) { writer in
            try await FileSystem.shared.withFileHandle(
                forReadingAt: FilePath(path), options: .init(followSymbolicLinks: false)
            ) { handle in
                let chunks = handle.readChunks(
                    in: Int64(range.lowerBound)..<Int64(range.upperBound) + 1, chunkLength: chunkLength)
                for try await chunk in chunks {
                    try await writer.write(chunk)
                }
            }
            try await writer.finish(nil)
        }
    }
}
