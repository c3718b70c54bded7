import Foundation
import InstantAPI
import InstantAPICore
import Testing

@Suite("Debug mode (_debug)")
struct DebugModeTests {
    @Test func debugStreamsLogsInCallOrder() async throws {
        try await withStreamingGateway { port, _ in
            let response = try await postJSON(port, "/stream/debug/", #"{"alpha":"hello","_debug":true}"#)
            #expect(response.statusLine == "HTTP/1.1 200 OK")
            let uuid = try #require(response.header("X-Execution-Uuid"))
            #expect(response.headerLines() == ["X-Execution-Uuid: \(uuid)"] + eventStreamHeaders(debug: true))
            let events = SSEParser.parse(response.bodyText).events
            #expect(
                events.map(\.event) == ["@begin", "hello", "hello", "@stdout", "hello", "@stderr", "goodbye", "@stdout", "@response"])
            #expect(
                events.dropFirst().dropLast().map(\.data) == [
                    "\"Hello?\"", "\"How are you?\"", "\"what? who?\"", "\"Is it me you're looking for?\"", "\"oh no\"",
                    "\"Nice to see ya\"", "\"finally\"",
                ])
            #expect(events.last?.data == responsePayload(uuid: uuid, debug: true, body: "true"))
        }
    }

    @Test func debugOpensAStreamWithoutStreams() async throws {
        try await withStreamingGateway { port, _ in
            let response = try await RawHTTPClient.request(port: port, "GET", "/stream/debug_no_stream/?alpha=x&_debug")
            let events = SSEParser.parse(response.bodyText).events
            #expect(events.map(\.event) == ["@begin", "@stdout", "@response"])
            #expect(events[1].data == "\"only a log\"")
        }
    }

    @Test func debugListenersAreChecked() async throws {
        try await withStreamingGateway { port, _ in
            let invalid = try await postJSON(port, "/stream/debug_no_stream/", #"{"alpha":"hello","_debug":{"test":true}}"#)
            #expect(invalid.statusLine == "HTTP/1.1 403 Forbidden")
            let uuid = try #require(invalid.header("X-Execution-Uuid"))
            #expect(
                invalid.headerLines() == ["X-Execution-Uuid: \(uuid)", "X-Debug: true"] + corsBlock + [
                    "Access-Control-Expose-Headers: x-execution-uuid, x-debug, x-instant-api, access-control-allow-origin, access-control-allow-methods, access-control-allow-headers",
                    "Content-Type: application/json", "Content-Length: 96",
                ])
            #expect(
                invalid.bodyText == "{\n  \"error\": {\n    \"type\": \"DebugError\",\n    \"message\": \"Invalid debug listener: \\\"test\\\"\"\n  }\n}")
            let valid = try await postJSON(port, "/stream/debug/", #"{"alpha":"x","_debug":{"@stdout":true,"hello":true,"*":true}}"#)
            #expect(valid.header("Content-Type") == "text/event-stream; charset=utf-8")
        }
    }

    @Test func debugWithBackgroundIsRefused() async throws {
        try await withStreamingGateway { port, _ in
            let response = try await postJSON(
                port, "/stream/debug_no_stream/", #"{"alpha":"hello","_debug":true,"_background":true}"#)
            #expect(response.statusLine == "HTTP/1.1 403 Forbidden")
            #expect(response.header("X-Debug") == "true")
            #expect(
                response.bodyText == "{\n  \"error\": {\n    \"type\": \"DebugError\",\n    \"message\": \"Can not debug with \\\"background\\\" mode set\"\n  }\n}")
        }
    }

    @Test func streamChecksFollowDebugChecks() async throws {
        try await withStreamingGateway { port, _ in
            let response = try await postJSON(port, "/stream/debug_no_stream/", #"{"alpha":"x","_debug":true,"_stream":true}"#)
            #expect(response.statusLine == "HTTP/1.1 403 Forbidden")
            #expect(response.header("X-Debug") == "true")
            #expect(response.bodyText.contains("ExecutionModeError"))
        }
    }

    @Test func productionRefusesDebug() async throws {
        let configuration = GatewayConfiguration(environment: .production)
        try await withStreamingGateway(configuration) { port, _ in
            let refused = try await postJSON(port, "/stream/debug/", #"{"alpha":"x","_debug":true}"#)
            #expect(refused.statusLine == "HTTP/1.1 403 Forbidden")
            let uuid = try #require(refused.header("X-Execution-Uuid"))
            #expect(
                refused.headerLines() == ["X-Execution-Uuid: \(uuid)", "X-Debug: true"] + corsBlock + [
                    "Access-Control-Expose-Headers: x-execution-uuid, x-debug, x-instant-api, access-control-allow-origin, access-control-allow-methods, access-control-allow-headers",
                    "Content-Type: application/json", "Content-Length: 93",
                ])
            #expect(refused.bodyText == #"{"error":{"type":"DebugError","message":"You do not have permission to debug this endpoint"}}"#)
            let off = try await postJSON(port, "/stream/basic/", #"{"alpha":"x","_debug":false}"#)
            #expect(off.statusLine == "HTTP/1.1 200 OK")
            #expect(off.header("X-Debug") == nil)
            #expect(off.bodyText == "true")
        }
    }

    /// SPEC §3: `_debug` is refused in production only (the original also refuses staging).
    @Test func otherEnvironmentsMayDebug() async throws {
        let configuration = GatewayConfiguration(environment: .init("staging"))
        try await withStreamingGateway(configuration) { port, _ in
            let response = try await postJSON(port, "/stream/debug/", #"{"alpha":"x","_debug":true}"#)
            #expect(response.statusLine == "HTTP/1.1 200 OK")
            #expect(SSEParser.parse(response.bodyText).events.first?.event == "@begin")
        }
    }
}
