import CompressNIO
import NIOCore

/// gzip/deflate of in-memory bodies by `Accept-Encoding`, as the original (upstream-gateway §7.5):
/// only non-empty bodies of a compressible media type; `gzip` as a word wins over `deflate`;
/// q-values are ignored; no `br`; `Vary` is never sent.
enum ResponseCompression {
    /// A content coding the gateway produces.
    enum Coding: String, Sendable {
        case gzip
        /// zlib-wrapped deflate (RFC 1950), as Node's `zlib.deflateSync`.
        case deflate
    }

    /// The media types (before `;`, compared case-sensitively) the original compresses.
    static let compressibleMediaTypes: Set<Substring> = [
        "text/plain", "text/html", "text/xml", "text/json", "text/javascript", "application/json",
        "application/xml", "application/atom+xml", "application/javascript", "application/octet-stream",
    ]

    /// The coding an `Accept-Encoding` value selects: `gzip` as a whole word (`\bgzip\b`), else
    /// any `deflate` substring, else none.
    static func coding(acceptEncoding: String) -> Coding? {
        if containsWord("gzip", in: acceptEncoding) { return .gzip }
        if acceptEncoding.contains("deflate") { return .deflate }
        return nil
    }

    /// Whether a `Content-Type` value names a compressible media type.
    static func isCompressible(contentType: String?) -> Bool {
        guard let contentType else { return false }
        let mediaType = contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return compressibleMediaTypes.contains(mediaType)
    }

    /// The body compressed with zlib's defaults (level 6, 32 KiB window), byte-identical to
    /// Node's `zlib.gzipSync`/`deflateSync`; `nil` when zlib fails (the body is then sent as is).
    static func compress(_ body: [UInt8], coding: Coding) -> [UInt8]? {
        var input = ByteBuffer(bytes: body)
        let algorithm: CompressionAlgorithm = coding == .gzip ? .gzip() : .zlib()
        guard let output = try? input.compress(with: algorithm) else { return nil }
        return Array(output.readableBytesView)
    }

    /// Compresses a finalised response in place when the request accepts a coding and the body
    /// qualifies: `content-encoding` is set after the existing headers and a `content-length`
    /// already in the bag takes the compressed length. Streamed bodies are never compressed, nor
    /// partial content: its `Content-Range` counts bytes of the uncompressed file.
    static func apply(to response: inout OutgoingResponse, acceptEncoding: String?) {
        guard let acceptEncoding, let coding = coding(acceptEncoding: acceptEncoding),
            case .bytes(let body) = response.body, !body.isEmpty, response.headers["content-range"] == nil,
            isCompressible(contentType: response.headers["content-type"]),
            let compressed = compress(body, coding: coding)
        else { return }
        response.body = .bytes(compressed)
        response.headers.set("content-encoding", coding.rawValue)
        if response.headers["content-length"] != nil {
            response.headers.set("content-length", String(compressed.count))
        }
    }

    /// JavaScript's `\bword\b`: `word` not preceded or followed by a word character `[A-Za-z0-9_]`.
    private static func containsWord(_ word: String, in text: String) -> Bool {
        let bytes = Array(text.utf8)
        let pattern = Array(word.utf8)
        guard bytes.count >= pattern.count else { return false }
        func isWordByte(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x5F
        }
        for start in 0...(bytes.count - pattern.count) where bytes[start..<start + pattern.count].elementsEqual(pattern) {
            let end = start + pattern.count
            if (start == 0 || !isWordByte(bytes[start - 1])) && (end == bytes.count || !isWordByte(bytes[end])) {
                return true
            }
        }
        return false
    }
}
