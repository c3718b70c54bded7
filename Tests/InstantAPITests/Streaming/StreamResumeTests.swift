import Foundation
@testable import InstantAPI
import InstantAPICore
import Testing

/// Reconnects with `Last-Event-ID`, as `EventSource` makes them: the events after that id
/// from the same execution, never a second run; 204 when nothing is left or known.
@Suite("SSE reconnects (Last-Event-ID)")
struct StreamResumeTests {
    private func get(_ port: Int, _ target: String, lastEventID: String? = nil) async throws -> RawResponse {
        try await RawHTTPClient.request(
            port: port, "GET", target, headers: lastEventID.map { [("Last-Event-ID", $0)] } ?? [])
    }

    @Test func aReconnectAfterTheLastEventGets204() async throws {
        let probe = StreamProbe()
        probe.mark("go")
        try await withStreamingGateway(probe: probe) { port, _ in
            let first = try await get(port, "/stream/resumable/?_stream")
            let events = SSEParser.parse(first.bodyText).events
            #expect(events.map(\.event) == ["@begin", "s", "s", "@response"])
            let last = try #require(events.last?.id)
            let again = try await get(port, "/stream/resumable/?_stream", lastEventID: last)
            #expect(again.statusLine == "HTTP/1.1 204 No Content")
            #expect(again.body.isEmpty)
            #expect(probe.count("resumable runs") == 1)
        }
    }

    @Test func aReconnectMidwayReplaysTheRestOfTheSameExecution() async throws {
        let probe = StreamProbe()
        probe.mark("go")
        try await withStreamingGateway(probe: probe) { port, _ in
            let first = try await get(port, "/stream/resumable/?_stream")
            let uuid = try #require(first.header("X-Execution-Uuid"))
            let events = SSEParser.parse(first.bodyText).events
            let again = try await get(port, "/stream/resumable/?_stream", lastEventID: events[1].id)
            #expect(again.statusLine == "HTTP/1.1 200 OK")
            #expect(again.header("X-Execution-Uuid") == uuid)
            #expect(again.header("Cache-Control") == "no-cache")
            let replayed = SSEParser.parse(again.bodyText).events
            #expect(replayed.map(\.event) == ["s", "@response"])
            #expect(replayed.map(\.id) == events.suffix(2).map(\.id))
            #expect(replayed.first?.data == "\"two\"")
            #expect(probe.count("resumable runs") == 1)
        }
    }

    @Test func aReconnectWhileRunningFollowsTheExecutionLive() async throws {
        let probe = StreamProbe()
        try await withStreamingGateway(probe: probe) { port, loaded in
            let target = "GET /stream/resumable/?_stream HTTP/1.1\r\nHost: localhost:\(port)\r\n\r\n"
            let received = try await SSESocket.onThread {
                let socket = try SSESocket(port: port, request: target)
                socket.receive(until: "data: \"one\"\n\n")
                socket.disconnect()
                return String(decoding: socket.received, as: UTF8.self)
            }
            let body = String(received[try #require(received.range(of: "\r\n\r\n")).upperBound...])
            let seen = SSEParser.parse(body).events
            #expect(seen.map(\.event).suffix(2) == ["@begin", "s"])
            let uuid = try #require(seen.last?.id?.split(separator: "/").last.map(String.init))
            // Still running, waiting for the signal: the reconnect attaches to it.
            let reconnect = Task { try await get(port, "/stream/resumable/?_stream", lastEventID: try #require(seen.last?.id)) }
            await probe.wait { loaded.pipeline.streams.stream(uuid)?.queue.latestConsumer == 2 }
            probe.mark("go")
            let again = try await reconnect.value
            #expect(again.statusLine == "HTTP/1.1 200 OK")
            #expect(SSEParser.parse(again.bodyText).events.map(\.event) == ["s", "@response"])
            #expect(SSEParser.parse(again.bodyText).events.first?.data == "\"two\"")
            #expect(probe.count("resumable runs") == 1)
        }
    }

    @Test func unknownOrForeignExecutionsAreNeverRunAgain() async throws {
        let probe = StreamProbe()
        probe.mark("go")
        try await withStreamingGateway(probe: probe) { port, _ in
            let unknown = try await get(port, "/stream/resumable/?_stream", lastEventID: "2026-01-01T00:00:00.000000000Z/nope")
            #expect(unknown.statusLine == "HTTP/1.1 204 No Content")
            #expect(probe.count("resumable runs") == 0)
            // An id of another endpoint's execution.
            let basic = SSEParser.parse(try await get(port, "/stream/basic/?alpha=hello&_stream").bodyText).events
            let foreign = try await get(port, "/stream/resumable/?_stream", lastEventID: try #require(basic.first?.id))
            #expect(foreign.statusLine == "HTTP/1.1 204 No Content")
            #expect(probe.count("resumable runs") == 0)
            // Without `_stream` the header means nothing: a normal call.
            let plain = try await get(port, "/stream/resumable/", lastEventID: "x/nope")
            #expect(plain.bodyText == "\"done\"")
            #expect(probe.count("resumable runs") == 1)
        }
    }

    @Test func anotherCallersReconnectIsRefused() async throws {
        let probe = StreamProbe()
        probe.mark("go")
        try await withStreamingGateway(probe: probe) { port, _ in
            let first = try await RawHTTPClient.request(
                port: port, "GET", "/stream/resumable/?_stream", headers: [("Authorization", "Bearer alice")])
            let id = try #require(SSEParser.parse(first.bodyText).events.first?.id)
            let other = try await RawHTTPClient.request(
                port: port, "GET", "/stream/resumable/?_stream", headers: [("Authorization", "Bearer mallory"), ("Last-Event-ID", id)])
            #expect(other.statusLine == "HTTP/1.1 204 No Content")
            let same = try await RawHTTPClient.request(
                port: port, "GET", "/stream/resumable/?_stream", headers: [("Authorization", "Bearer alice"), ("Last-Event-ID", id)])
            #expect(same.statusLine == "HTTP/1.1 200 OK")
            #expect(probe.count("resumable runs") == 1)
        }
    }

    @Test func streamsAreNotRedirectedForTheirTrailingSlash() async throws {
        try await withStreamingGateway { port, _ in
            let stream = try await RawHTTPClient.request(port: port, "GET", "/stream/basic?alpha=hello&_stream", headers: [("User-Agent", "EventSource")])
            #expect(stream.statusLine == "HTTP/1.1 200 OK")
            let plain = try await RawHTTPClient.request(port: port, "GET", "/stream/basic?x=1", headers: [("User-Agent", "curl")])
            #expect(plain.statusLine == "HTTP/1.1 302 Found")
        }
        #expect(RequestPipeline.asksForEvents("a=1&_stream"))
        #expect(RequestPipeline.asksForEvents("_stream[chunk]=true"))
        #expect(RequestPipeline.asksForEvents("_debug"))
        #expect(!RequestPipeline.asksForEvents("my_stream=1&x=_stream"))
        #expect(!RequestPipeline.asksForEvents(nil))
    }
}

/// The queue's log of sent events: resume points, the kept window, consumers taking over.
@Suite("Event queue replay")
struct EventQueueReplayTests {
    private func ids(_ bytes: [UInt8]) -> [String] {
        SSEParser.parse(String(decoding: bytes, as: UTF8.self)).events.compactMap(\.id)
    }

    private func take(_ queue: EventQueue, consumer: Int) async -> [UInt8] {
        if case .bytes(let bytes) = await queue.next(consumer: consumer) { return bytes }
        return []
    }

    @Test func resumesAfterAnyKeptEventAndKnowsWhenTheClientHasAll() async {
        let queue = EventQueue(capacity: 1 << 20, retainedBytes: 1 << 20, uuid: "u", retry: .seconds(2))
        await queue.push(event: "a", data: Array("1".utf8))
        await queue.push(event: "b", data: Array("2".utf8))
        queue.finish(event: "@response", data: Array("3".utf8))
        let first = await take(queue, consumer: 1)
        #expect(String(decoding: first, as: UTF8.self).hasPrefix("retry: 2000\nid: "))
        let sent = ids(first)
        #expect(sent.count == 3)
        #expect(queue.attach(after: sent[2]) == .complete)
        #expect(queue.attach(after: "nope") == .unknownEvent)
        #expect(queue.attach(after: "") == .unknownEvent)
        #expect(queue.attach(after: sent[0]) == .resumed(consumer: 2))
        #expect(ids(await take(queue, consumer: 2)) == Array(sent.dropFirst()))
        // The first consumer was replaced.
        if case .finished = await queue.next(consumer: 1) {} else { Issue.record("consumer 1 should be finished") }
    }

    @Test func keepsOnlyTheWindowOfSentEvents() async {
        let queue = EventQueue(capacity: 1 << 20, retainedBytes: 1000, uuid: "u")
        var sent: [String] = []
        for n in 0..<100 {
            await queue.push(event: "e", data: Array(String(repeating: "x", count: 50 + n % 7).utf8))
            sent += ids(await take(queue, consumer: 1))
        }
        #expect(sent.count == 100)
        #expect(queue.attach(after: sent[0]) == .unknownEvent)
        guard case .resumed(let consumer) = queue.attach(after: sent[95]) else {
            Issue.record("a recent event should be kept")
            return
        }
        #expect(ids(await take(queue, consumer: consumer)) == Array(sent.suffix(4)))
    }

    /// The usual path: the consumer already waits when an event comes, and takes it at once.
    @Test func keepsOnlyTheWindowWhenTheConsumerWaits() async {
        let queue = EventQueue(capacity: 1 << 20, retainedBytes: 1000, uuid: "u")
        var sent: [String] = []
        for _ in 0..<100 {
            async let taken = take(queue, consumer: 1)
            try? await Task.sleep(for: .milliseconds(1))
            await queue.push(event: "e", data: Array(String(repeating: "x", count: 60).utf8))
            sent += ids(await taken)
        }
        #expect(sent.count == 100)
        #expect(queue.attach(after: sent[0]) == .unknownEvent)
        #expect(queue.attach(after: sent[98]) == .resumed(consumer: 2))
    }

    @Test func anEventNotSentYetIsNoResumePoint() async {
        let queue = EventQueue(capacity: 1 << 20, retainedBytes: 1 << 20, uuid: "u")
        await queue.push(event: "a", data: Array("1".utf8))
        let sent = ids(await take(queue, consumer: 1))
        await queue.push(event: "b", data: Array("2".utf8))
        // The id of "b" can be guessed, but it was never taken: refusing it keeps producers
        // from waiting on bytes no consumer will take.
        let unsent = sent[0].replacingOccurrences(of: "000000Z", with: "000001Z")
        #expect(queue.attach(after: unsent) == .unknownEvent)
        #expect(queue.attach(after: sent[0]) == .resumed(consumer: 2))
    }

    @Test func aClosedQueueResumesNothing() async {
        let queue = EventQueue(capacity: 1 << 20, retainedBytes: 1 << 20, uuid: "u")
        await queue.push(event: "a", data: Array("1".utf8))
        let sent = ids(await take(queue, consumer: 1))
        queue.close()
        #expect(queue.attach(after: sent[0]) == .unknownEvent)
    }
}
