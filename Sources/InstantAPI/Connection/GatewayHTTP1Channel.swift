import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1

/// Hummingbird's HTTP/1.1 child channel with the gateway's connection rules added: read
/// deadlines for idle connections, heads and bodies (``RequestReadDeadline``), and HTTP/1.0
/// keep-alive (``HTTP10ConnectionHandler``). The pipeline is Hummingbird's `HTTP1Channel`'s,
/// which does not let handlers in before its HTTP/1 decoder or between the decoder and the
/// HTTPTypes conversion, where these two must sit.
struct GatewayHTTP1Channel: ServerChildChannel, HTTPChannelHandler {
    typealias Value = NIOAsyncChannel<HTTPRequestPart, HTTPResponsePart>

    let responder: HTTPChannelHandler.Responder
    let limits: GatewayLimits

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        channel.eventLoop.makeCompletedFuture {
            let deadline = RequestReadDeadline(limits: limits)
            let pipeline = channel.pipeline.syncOperations
            try pipeline.addHandler(deadline.byteWatcher())
            try pipeline.configureHTTPServerPipeline(
                withPipeliningAssistance: false,  // NIOAsyncChannel reads one request at a time
                withErrorHandling: false,  // Hummingbird answers parse errors itself
                withOutboundHeaderValidation: false  // HTTPTypes validates headers already
            )
            try pipeline.addHandler(deadline.partWatcher())
            try pipeline.addHandler(HTTP10ConnectionHandler())
            try pipeline.addHandler(HTTP1ToHTTPServerCodec(secure: false))
            // Without an idle timeout: it would measure from the last decoded part and let a
            // body sent a byte at a time live forever; the read deadline replaces it.
            try pipeline.addHandler(HTTPConnectionStateHandler(idleTimeout: nil, logger: logger))
            return try NIOAsyncChannel(
                wrappingChannelSynchronously: channel, configuration: .init(isOutboundHalfClosureEnabled: true))
        }
    }

    func handle(value asyncChannel: Value, logger: Logger) async {
        await handleHTTP(asyncChannel: asyncChannel, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// An HTTP/1.1 server with the gateway's connection limits: use it for an `Application`
    /// that serves a gateway (``LoadedGateway/application(configuration:onServerRunning:)`` does; so can an app that mounts the gateway).
    public static func instantAPI(limits: GatewayLimits = GatewayLimits()) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in GatewayHTTP1Channel(responder: responder, limits: limits) }
    }
}
