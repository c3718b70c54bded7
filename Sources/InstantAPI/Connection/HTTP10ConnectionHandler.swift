import NIOCore
import NIOHTTP1

/// Answers HTTP/1.0 clients the way they expect (RFC 9112 §9.3): the connection closes after
/// the response unless the request asked for `Connection: keep-alive`, and says so in a
/// `Connection` header. HTTPTypes has no version, so Hummingbird answers every request as an
/// HTTP/1.1 one and keeps it open; this handler sits between NIO's HTTP/1 codec and that
/// conversion, where the version is still known.
///
/// A response without `Content-Length` (a stream) cannot be chunked for an HTTP/1.0 client: it
/// is sent as HTTP/1.0, so NIO delimits the body by closing the connection.
final class HTTP10ConnectionHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    /// How the requests read so far want to be answered, oldest first (HTTP/1 answers in order).
    private var pending: [(isHTTP10: Bool, keepAlive: Bool)] = []
    private var closeAfterResponse = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head(let head) = unwrapInboundIn(data) {
            pending.append((head.version == .http1_0, head.isKeepAlive))
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(var head) where head.status.code >= 200 || head.status == .switchingProtocols:
            let request = pending.isEmpty ? (isHTTP10: false, keepAlive: true) : pending.removeFirst()
            guard request.isHTTP10 else { break }
            let delimitedByLength = head.headers.contains(name: "content-length")
            let responseCloses = head.headers["connection"].contains { $0.lowercased() == "close" }
            let keepAlive = request.keepAlive && delimitedByLength && !responseCloses
            head.headers.remove(name: "connection")
            head.headers.add(name: "Connection", value: keepAlive ? "keep-alive" : "close")
            if !delimitedByLength { head.version = .http1_0 }
            closeAfterResponse = !keepAlive
            context.write(wrapOutboundOut(.head(head)), promise: promise)
            return
        case .end where closeAfterResponse:
            closeAfterResponse = false
            // Closed once the end is written: closing at once could drop writes still queued.
            let written = context.eventLoop.makePromise(of: Void.self)
            context.writeAndFlush(data, promise: written)
            written.futureResult.assumeIsolated().whenComplete { result in
                promise?.completeWith(result)
                context.close(promise: nil)
            }
            return
        default:
            break
        }
        context.write(data, promise: promise)
    }
}
