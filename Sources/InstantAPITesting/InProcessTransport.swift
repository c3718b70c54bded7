import HTTPTypes
import Hummingbird
import InstantAPI
import Logging
import NIOCore
import NIOEmbedded

/// Calls the gateway's responder directly and collects the body it writes.
struct InProcessTransport<Context: RequestContext>: GatewayTestTransport
where Context.Source == ApplicationRequestContextSource {
    let responder: GatewayResponder<Context>
    let logger = Logger(label: "InstantAPITesting")

    var port: Int? { nil }

    func send(method: HTTPRequest.Method, target: String, headers: HTTPFields, body: [UInt8]) async throws
        -> GatewayTestResponse
    {
        var fields = headers
        if !body.isEmpty, fields[.contentLength] == nil { fields[.contentLength] = String(body.count) }
        let request = Request(
            head: HTTPRequest(method: method, scheme: "http", authority: "localhost", path: target, headerFields: fields),
            body: RequestBody(buffer: ByteBuffer(bytes: body)))
        // A channel that is not connected to anything, with a loopback peer, as Hummingbird's
        // own router tests build their contexts.
        let channel = NIOAsyncTestingChannel()
        channel.remoteAddress = try? SocketAddress(ipAddress: "127.0.0.1", port: 0)
        let context = Context(source: ApplicationRequestContextSource(channel: channel, logger: logger))
        let response = try await responder.respond(to: request, context: context)
        let collected = await ResponseBodyCollector.collectAll(response.body)
        // The gateway ends the connection after some refusals (413): the body finished, then threw.
        if let error = collected.error, !collected.finished { throw error }
        let closes = collected.error != nil
        return GatewayTestResponse(
            status: response.status, headers: response.headers, body: collected.bytes,
            closesConnection: closes || response.headers[.connection] == "close")
    }
}
