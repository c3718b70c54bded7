import HTTPTypes
import Hummingbird
import InstantAPI
import Logging
import Foundation
import NIOCore

/// The request context of in-process tests: a loopback peer address.
struct InProcessRequestContext: RequestContext, RemoteAddressRequestContext {
    struct Source: RequestContextSource {
        var logger: Logger
    }

    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?

    init(source: Source) {
        coreContext = .init(source: source)
        remoteAddress = try? SocketAddress(ipAddress: "127.0.0.1", port: 0)
    }
}

/// Calls the gateway's responder directly and collects the body it writes.
struct InProcessTransport: GatewayTestTransport {
    let responder: GatewayResponder<InProcessRequestContext>
    let logger = Logger(label: "InstantAPITesting")

    var port: Int? { nil }

    func send(method: String, target: String, headers: [(name: String, value: String)], body: [UInt8]) async throws
        -> GatewayTestResponse
    {
        guard let httpMethod = HTTPRequest.Method(method) else { throw GatewayTestClientError.invalidMethod(method) }
        var fields = HTTPFields()
        for (name, value) in headers {
            guard let fieldName = HTTPField.Name(name) else { continue }
            fields.append(HTTPField(name: fieldName, value: value))
        }
        if !body.isEmpty, fields[.contentLength] == nil { fields[.contentLength] = String(body.count) }
        let request = Request(
            head: HTTPRequest(method: httpMethod, scheme: "http", authority: "localhost", path: target, headerFields: fields),
            body: RequestBody(buffer: ByteBuffer(bytes: body)))
        let response = try await responder.respond(
            to: request, context: InProcessRequestContext(source: .init(logger: logger)))
        let collected = await ResponseBodyCollector.collectAll(response.body)
        // The gateway ends the connection after some refusals (413): the body finished, then threw.
        if let error = collected.error, !collected.finished { throw error }
        let closes = collected.error != nil
        return GatewayTestResponse(
            status: response.status.code, reasonPhrase: response.status.reasonPhrase,
            headers: response.headers.map { (name: $0.name.rawName, value: $0.value) }, body: collected.bytes,
            closesConnection: closes || response.headers[.connection] == "close")
    }
}
