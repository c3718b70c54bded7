import Foundation
import InstantAPI
import InstantAPITesting
import Testing

/// Slow and idle clients are disconnected after the configured timeouts. Each test makes short
/// only the timeout it is about, and waits for the close with a generous socket timeout, so a
/// loaded machine makes it slower, never wrong.
@Suite("Connection timeouts")
struct ConnectionTimeoutTests {
    static func limits(idle: Duration = .seconds(30), head: Duration = .seconds(30), body: Duration = .seconds(30))
        -> GatewayConfiguration
    {
        GatewayConfiguration(
            limits: GatewayLimits(idleTimeout: idle, headerReadTimeout: head, bodyReadTimeout: body))
    }

    /// Sends `bytes`, then waits (at most 60 s) for the server to close: what it sent and
    /// whether it closed.
    static func sendAndWaitForClose(_ port: Int, _ bytes: [UInt8]) async throws -> (String, Bool) {
        try await LoopbackSocket.onThread {
            let socket = try LoopbackSocket(port: port, readTimeout: 60)
            defer { socket.close() }
            socket.send(bytes)
            let (received, closed) = socket.readToEnd()
            return (String(decoding: received, as: UTF8.self), closed)
        }
    }

    /// `sendAndWaitForClose` until the server answers: the idle timeout also runs before the
    /// first request, so a client stalled between its connect and its send may be closed first,
    /// and that attempt is tried again (at most 5).
    static func sendUntilAnswered(_ port: Int, _ bytes: [UInt8]) async throws -> (String, Bool) {
        var outcome = ("", false)
        for _ in 0..<5 where outcome.0.isEmpty {
            outcome = try await sendAndWaitForClose(port, bytes)
        }
        return outcome
    }

    @Test func idleConnectionIsClosed() async throws {
        try await withBasicGateway(Self.limits(idle: .milliseconds(300))) { port in
            let (received, closed) = try await Self.sendAndWaitForClose(port, [])
            #expect(closed)
            #expect(received.isEmpty)
        }
    }

    @Test func halfSentHeadIsClosed() async throws {
        try await withBasicGateway(Self.limits(head: .milliseconds(300))) { port in
            let (received, closed) = try await Self.sendAndWaitForClose(
                port, Array("GET /my_function/ HTTP/1.1\r\nHost: local".utf8))
            #expect(closed)
            #expect(received.isEmpty)
        }
    }

    @Test func halfSentBodyIsClosedWithoutRunningTheClosure() async throws {
        try await withBasicGateway(Self.limits(body: .milliseconds(300))) { port in
            let request =
                "POST /reflect/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n{\"a\":"
            let (received, closed) = try await Self.sendAndWaitForClose(port, Array(request.utf8))
            #expect(closed)
            #expect(!received.contains("200 OK"))
        }
    }

    @Test func keptAliveConnectionIsClosedWhenIdleAfterItsResponse() async throws {
        try await withBasicGateway(Self.limits(idle: .seconds(1))) { port in
            let outcome = try await Self.sendUntilAnswered(port, Array("GET /my_function/ HTTP/1.1\r\nHost: localhost\r\n\r\n".utf8))
            #expect(outcome.1)
            #expect(outcome.0.hasSuffix("\r\n\r\n6"))
        }
    }

    /// An OPTIONS request is answered before its body is read; once Hummingbird has drained the
    /// body, the connection is idle and the idle timeout still closes it.
    @Test func connectionAnsweredBeforeItsBodyEndedStillTimesOut() async throws {
        try await withBasicGateway(Self.limits(idle: .seconds(1))) { port in
            let outcome = try await Self.sendUntilAnswered(port, Array("OPTIONS /my_function/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello".utf8))
            #expect(outcome.1)
            #expect(outcome.0.hasPrefix("HTTP/1.1 200 OK"))
        }
    }

    /// A pipelined request still running when the response before it ends is not idle: it gets
    /// its answer (a 504 after the 3 s execution timeout, beyond the 1 s idle timeout).
    @Test func pipelinedSlowRequestIsNotCutByTheIdleTimeout() async throws {
        var configuration = Self.limits(idle: .seconds(1))
        configuration.timeout = .seconds(3)
        try await withBasicGateway(configuration) { port in
            let first = Array("GET /my_function/ HTTP/1.1\r\nHost: localhost\r\n\r\n".utf8)
            let slow = Array("GET /runtime/slow/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".utf8)
            let text = try await RawHTTPClient.exchangeText(port: port, first + slow)
            #expect(text.hasPrefix("HTTP/1.1 200 OK\r\n"))
            #expect(text.contains("HTTP/1.1 504 Gateway Timeout\r\n"))
        }
    }

    /// A closure that runs longer than the head and body timeouts still answers (here its 504
    /// after the one-second execution timeout): the read deadlines end once the request is read.
    @Test func slowClosureIsNotCutByReadTimeouts() async throws {
        var configuration = Self.limits(head: .milliseconds(100), body: .milliseconds(100))
        configuration.timeout = .seconds(1)
        try await withBasicGateway(configuration) { port in
            let response = try await RawHTTPClient.request(port: port, "GET", "/runtime/slow/")
            #expect(response.statusLine == "HTTP/1.1 504 Gateway Timeout")
        }
    }
}
