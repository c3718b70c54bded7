import HTTPTypes
import Hummingbird
import InstantAPI
import Logging
import ServiceLifecycle

/// A real server on a free loopback port; each request is a fresh HTTP/1.1 connection with
/// `Connection: close`, read to its end, so the bytes are exactly what the server wrote.
struct LiveTransport: GatewayTestTransport {
    let livePort: Int

    var port: Int? { livePort }

    /// Serves `gateway` on `127.0.0.1:0` with its own application while `body` runs, then
    /// shuts the server down gracefully.
    static func serve<Context: RequestContext, Value: Sendable>(
        _ gateway: LoadedGateway<Context>, _ body: @Sendable (LiveTransport) async throws -> Value
    ) async throws -> Value where Context.Source == ApplicationRequestContextSource {
        let (ports, portSource) = AsyncStream.makeStream(of: Int.self)
        let application = gateway.application(
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portSource.yield(channel.localAddress?.port ?? 0)
                portSource.finish()
            })
        let logger = Logger(label: "InstantAPITesting")
        let group = ServiceGroup(configuration: .init(services: [application], logger: logger))
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask {
                // A server that cannot start ends the port stream too, so nobody waits for it.
                defer { portSource.finish() }
                try await group.run()
            }
            // Rethrows what stopped the server (it could not bind, say).
            func stopServer() async throws {
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else {
                try await stopServer()
                throw GatewayTestClientError.connectionFailed("the test server did not start")
            }
            do {
                let value = try await body(LiveTransport(livePort: port))
                try await stopServer()
                return value
            } catch {
                // The test's own failure is the one to report.
                try? await stopServer()
                throw error
            }
        }
    }

    func send(method: HTTPRequest.Method, target: String, headers: HTTPFields, body: [UInt8]) async throws
        -> GatewayTestResponse
    {
        var head = "\(method.rawValue) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(livePort)\r\n"
        for field in headers { head += "\(field.name.rawName): \(field.value)\r\n" }
        if !body.isEmpty, headers[.contentLength] == nil {
            head += "Content-Length: \(body.count)\r\n"
        }
        head += "Connection: close\r\n\r\n"
        let port = livePort
        let request = Array(head.utf8) + body
        let received = try await LoopbackSocket.onThread { try LoopbackSocket.exchange(port: port, request) }
        return try HTTPResponseParser.parse(received)
    }
}
