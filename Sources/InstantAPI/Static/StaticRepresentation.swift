/// What a static route sends before ranges and conditionals apply: bytes in memory (small
/// files, rendered Markdown) or a file streamed from disk.
struct StaticRepresentation {
    enum Content {
        case memory([UInt8])
        case file(path: String)
    }

    var content: Content
    var length: Int
    var contentType: String
    var entityTag: String
    var lastModified: String
    var modifiedSeconds: Int64

    /// The body for the bytes `range` (already within `0..<length`).
    func body(_ range: ClosedRange<Int>?) -> OutgoingBody {
        switch content {
        case .memory(let bytes):
            guard let range else { return .bytes(bytes) }
            return .bytes(Array(bytes[range]))
        case .file(let path):
            guard let range = range ?? (length > 0 ? 0...(length - 1) : nil) else { return .bytes([]) }
            return .streamed(StaticFileBody.streamed(path: path, range: range))
        }
    }
}
