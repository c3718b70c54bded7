import Foundation
import InstantAPI
import InstantAPITesting
import Testing

/// Slow and idle clients are disconnected after the configured timeouts. Each test waits for
/// the close with a generous socket timeout, so a loaded machine only makes it slower, never
/// wrong; the configured timeouts are short so that a passing run is quick.
@Suite("Connection timeouts")
struct ConnectionTimeoutTests {
    static let short = GatewayConfiguration(
        port: 0,
        limits: GatewayLimits(
            idleTimeout: .milliseconds(300), headerReadTimeout: .milliseconds(300), bodyReadTimeout: .milliseconds(300)))

    /// Sends `bytes`, then waits (at most 30 s) for the server to close: what it sent and
    /// whether it closed.
    static func sendAndWaitForClose(_ port: Int, _ bytes: [UInt8]) async throws -> (String, Bool) {
        try await LoopbackSocket.onThread {
            let socket = try LoopbackSocket(port: port, readTimeout: 30)
            defer { socket.close() }
            socket.send(bytes)
            let (received, closed) = socket.readToEnd()
            return (String(decoding: received, as: UTF8.self), closed)
        }
    }

    @Test func idleConnectionIsClosed() async throws {
        try await withBasicGateway(Self.short) { port in
            let (received, closed) = try await Self.sendAndWaitForClose(port, [])
            #expect(closed)
            #expect(received.isEmpty)
        }
    }

    @Test func halfSentHeadIsClosed() async throws {
        try await withBasicGateway(Self.short) { port in
            let (received, closed) = try await Self.sendAndWaitForClose(
                port, Array("GET /my_function/ HTTP/1.1\r\nHost: local".utf8))
            #expect(closed)
            #expect(received.isEmpty)
        }
    }

    @Test func halfSentBodyIsClosedWithoutRunningTheClosure() async throws {
        try await withBasicGateway(Self.short) { port in
            let request = "POST /reflect/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n{\"a\":"
            let (received, closed) = try await Self.sendAndWaitForClose(port, Array(request.utf8))
            #expect(closed)
            #expect(!received.contains("200 OK"))
        }
    }

    @Test func keptAliveConnectionIsClosedAfterItsResponseWhenIdle() async throws {
        try await withBasicGateway(Self.short) { port in
            let (received, closed) = try await Self.sendAndWaitForClose(
                port, Array("GET /my_function/ HTTP/1.1\r\nHost: localhost\r\n\r\n".utf8))
            #expect(closed)
            #expect(received.hasSuffix("\r\n\r\n6"))
        }
    }

    /// A closure that runs longer than every read timeout still answers (here its 504 after
    /// the one-second execution timeout): the read deadlines end once the request is read.
    @Test func slowClosureIsNotCutByReadTimeouts() async throws {
        var configuration = Self.short
        configuration.timeout = .seconds(1)
        try await withBasicGateway(configuration) { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/runtime/slow/")
            #expect(response.statusLine == "HTTP/1.1 504 Gateway Timeout")
        }
    }
}
