import Foundation
import Hummingbird
import HummingbirdTesting
import InstantAPI
import InstantAPICore
import InstantAPITesting
import Testing

@Suite("Stream keep-alive, back-pressure and disconnects")
struct StreamLifecycleTests {
    private func request(_ port: Int, _ target: String) -> String {
        "GET \(target) HTTP/1.1\r\nHost: localhost:\(port)\r\n\r\n"
    }

    /// Reads the idle stream's first event, disconnects, and waits for its closure to see the
    /// cancellation.
    private func disconnectFromAnIdleStream(_ port: Int, probe: StreamProbe) async throws {
        let target = request(port, "/stream/idle/?_stream")
        try await SSESocket.onThread {
            let socket = try SSESocket(port: port, request: target)
            socket.receive(until: "event: s\n")
            socket.disconnect()
        }
        await probe.wait(for: .seconds(30)) { probe.time("cancelled") != nil }
        #expect(probe.time("cancelled") != nil)
    }

    /// The idle closure only ends when cancelled, and its execution timeout is ten minutes: a
    /// cancellation seen within the wait comes from the disconnect. (No sub-second bound: a
    /// loaded machine may take longer, and that is not a fault.)
    @Test func disconnectCancelsAnIdleClosure() async throws {
        let probe = StreamProbe()
        try await withStreamingGateway(probe: probe) { port, _ in
            try await disconnectFromAnIdleStream(port, probe: probe)
        }
    }

    /// Mounted in a router with the app's own request context, the gateway does not know the
    /// connection: the keep-alive probe finds the disconnect.
    @Test func disconnectCancelsAnIdleClosureOfAMountedGateway() async throws {
        let probe = StreamProbe()
        let configuration = GatewayConfiguration(streaming: .init(keepAliveInterval: .milliseconds(50)))
        let gateway = makeStreamingGateway(configuration, context: BasicRequestContext.self, probe: probe)
        let router = Router()
        router.addRoutes(try gateway.load(root: try Fixture.root("streaming")).routes())
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            try await disconnectFromAnIdleStream(port, probe: probe)
        }
    }

    @Test func idleStreamsSendKeepAliveComments() async throws {
        let configuration = GatewayConfiguration(streaming: .init(keepAliveInterval: .milliseconds(50)))
        try await withStreamingGateway(configuration) { port, _ in
            let target = request(port, "/stream/idle/?_stream")
            let received = try await SSESocket.onThread { () -> [UInt8] in
                let socket = try SSESocket(port: port, request: target)
                // A keep-alive comment is one chunk when the gateway knows the connection.
                socket.receive(until: "\r\n:\n\n\r\n")
                socket.disconnect()
                return socket.received
            }
            let head = try #require(received.firstRange(of: Array("\r\n\r\n".utf8)))
            var parser = SSEParser()
            parser.feed(HTTPResponseParser.dechunk(Array(received[head.upperBound...])))
            #expect(parser.events.map(\.event) == ["@begin", "s"])
            #expect(parser.comments >= 1)
        }
    }

    @Test func slowClientsHoldTheClosureBack() async throws {
        let probe = StreamProbe()
        let configuration = GatewayConfiguration(streaming: .init(bufferSize: 4096))
        try await withStreamingGateway(configuration, probe: probe) { port, _ in
            let target = request(port, "/stream/flood/?count=1000000&pad=2000&_stream")
            let socket = try await SSESocket.onThread { () -> SSESocket in
                let socket = try SSESocket(port: port, request: target)
                socket.shrinkReceiveBuffer()
                return socket
            }
            // Wait until the closure has started and then stalls: kernel buffers fill first,
            // then it waits.
            var first = -1
            var second = probe.count("sent")
            let deadline = ContinuousClock.now + .seconds(8)
            while second != first || second == 0, ContinuousClock.now < deadline {
                first = second
                try await Task.sleep(for: .milliseconds(400))
                second = probe.count("sent")
            }
            #expect(first > 0)
            #expect(second < 10_000)
            #expect(second == first, "the closure kept producing while the client read nothing")
            socket.disconnect()
            await probe.wait(for: .seconds(30)) { probe.time("flood cancelled") != nil }
            #expect(probe.time("flood cancelled") != nil)
        }
    }
}
