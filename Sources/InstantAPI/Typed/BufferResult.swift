import NIOCore

/// What a generated endpoint whose `@returns` is a `buffer` returns: the bytes, sent as they
/// are, and their content type (`application/octet-stream` when `nil`).
public struct BufferResult: Sendable, Hashable {
    public var bytes: ByteBuffer
    public var contentType: String?

    public init(_ bytes: ByteBuffer, contentType: String? = nil) {
        self.bytes = bytes
        self.contentType = contentType
    }

    public init(bytes: some Sequence<UInt8>, contentType: String? = nil) {
        self.init(ByteBuffer(bytes: bytes), contentType: contentType)
    }
}
