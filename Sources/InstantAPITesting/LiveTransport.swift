import Foundation
import Hummingbird
import HummingbirdTesting
import InstantAPI
import Logging

/// A real server on a free loopback port; each request is a fresh HTTP/1.1 connection with
/// `Connection: close`, read to its end, so the bytes are exactly what the server wrote.
struct LiveTransport: GatewayTestTransport {
    let livePort: Int

    var port: Int? { livePort }

    /// Serves `gateway` on `127.0.0.1:0` while `body` runs.
    static func serve<Value: Sendable>(
        _ gateway: LoadedGateway, _ body: @Sendable (LiveTransport) async throws -> Value
    ) async throws -> Value {
        let application = Application(
            responder: gateway.responder(context: GatewayRequestContext.self),
            configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: nil),
            logger: Logger(label: "InstantAPITesting"))
        return try await application.test(.live) { client in
            guard let port = client.port else { throw GatewayTestClientError.connectionFailed("no port") }
            return try await body(LiveTransport(livePort: port))
        }
    }

    func send(method: String, target: String, headers: [(name: String, value: String)], body: [UInt8]) async throws
        -> GatewayTestResponse
    {
        guard !method.isEmpty, method.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            throw GatewayTestClientError.invalidMethod(method)
        }
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(livePort)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty, !headers.contains(where: { $0.name.lowercased() == "content-length" }) {
            head += "Content-Length: \(body.count)\r\n"
        }
        head += "Connection: close\r\n\r\n"
        let port = livePort
        let request = Array(head.utf8) + body
        let received = try await LoopbackSocket.onThread { try LoopbackSocket.exchange(port: port, request) }
        return try HTTPResponseParser.parse(received)
    }
}
