import Foundation
import Hummingbird
import HummingbirdTesting
import InstantAPI
import InstantAPICore
import Synchronization
import Testing

/// What the streaming fixture closures observed, for the tests to check.
final class StreamProbe: Sendable {
    private struct Observed {
        var marks: [String: Date] = [:]
        var counters: [String: Int] = [:]
        var results: [String] = []
    }

    private let observed = Mutex(Observed())

    func mark(_ name: String) { observed.withLock { $0.marks[name] = Date() } }
    func time(_ name: String) -> Date? { observed.withLock { $0.marks[name] } }
    func increment(_ name: String) { observed.withLock { $0.counters[name, default: 0] += 1 } }
    func count(_ name: String) -> Int { observed.withLock { $0.counters[name, default: 0] } }
    func record(_ result: String) { observed.withLock { $0.results.append(result) } }
    var recorded: [String] { observed.withLock { $0.results } }

    /// Waits (polling) until `condition` holds or `timeout` passes.
    func wait(for timeout: Duration = .seconds(5), _ condition: @Sendable () -> Bool) async {
        let deadline = ContinuousClock.now + timeout
        while !condition(), ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(5))
        }
    }
}

struct Tick: Encodable {
    var n: Int
    var pad: String
}

struct FileChunk: Encodable {
    var data: Data
}

/// Registers the closures of `Fixtures/streaming`.
func makeStreamingGateway<Context: RequestContext>(
    _ configuration: GatewayConfiguration, context: Context.Type = GatewayRequestContext.self, probe: StreamProbe,
    errors: ErrorLog? = nil
) -> Gateway<Context> {
    let gateway = Gateway(context: Context.self, configuration: configuration)
    gateway.register("stream/basic", method: nil) { context in
        try await context.stream("hello", true)
        try await context.stream("other", "x")
        return true
    }
    gateway.register("stream/debug", method: nil) { context in
        try await context.stream("hello", "Hello?")
        try await context.stream("hello", "How are you?")
        context.log("what? who?")
        try await context.stream("hello", "Is it me you're looking for?")
        context.error("oh no")
        try await context.stream("goodbye", "Nice to see ya")
        context.log("finally")
        return true
    }
    gateway.register("stream/debug_no_stream", method: nil) { context in
        context.log("only a log")
        return true
    }
    gateway.register("stream/invalid_param", method: nil) { context in
        let accepted = try await context.stream("hello", "what")
        probe.record("invalid accepted: \(accepted)")
        return true
    }
    gateway.register("stream/buffer", method: nil) { context in
        try await context.stream("file", FileChunk(data: Data("lol".utf8)))
        return EndpointResponse.buffer(Array("lol".utf8), contentType: "image/png")
    }
    gateway.register("stream/idle", method: nil) { context -> String in
        try await context.stream("s", "ready")
        do {
            try await Task.sleep(for: .seconds(30))
        } catch {
            probe.mark("cancelled")
            throw error
        }
        return "never"
    }
    gateway.register("stream/flood", method: nil) { context -> Int in
        let count = Int(context.params["count"]?.numberValue ?? 0)
        let pad = String(repeating: "x", count: Int(context.params["pad"]?.numberValue ?? 0))
        do {
            for n in 0..<count {
                try await context.stream("tick", Tick(n: n, pad: pad))
                probe.increment("sent")
            }
        } catch {
            probe.mark("flood cancelled")
            throw error
        }
        return count
    }
    gateway.register("stream/slow", method: nil) { context -> String in
        try await context.stream("s", "one")
        try await Task.sleep(for: .milliseconds(50))
        try await context.stream("s", "two")
        try await Task.sleep(for: .seconds(30))
        return "never"
    }
    gateway.register("stream/resumable", method: nil) { context -> String in
        probe.increment("resumable runs")
        try await context.stream("s", "one")
        await probe.wait(for: .seconds(30)) { probe.time("go") != nil }
        try await context.stream("s", "two")
        return "done"
    }
    gateway.register("streamer", method: nil) { context -> EndpointResponse in
        let n = Int(context.params["n"]?.numberValue ?? 1)
        try await context.stream("s", String(repeating: "x", count: n))
        try await context.stream("e", "b")
        try await context.stream("@stdout", "direct stdout")
        try await context.stream("@error", ["custom": true])
        context.log("logged")
        return .json(try await context.stream("undeclared", 1))
    }
    gateway.register("a_standard_function", method: nil) { _ in "hello world" }
    gateway.register("runtime/thrown", method: nil) { (_: EndpointContext<Context>) async throws -> EndpointResponse in
        throw PlainFailure(description: "crap")
    }
    for route in ["bg", "bg/empty", "bg/params", "bg/paramsSpecific1"] {
        gateway.register(route, method: nil) { context in
            probe.record("\(route) ran with \(JSONValue.object(context.params).jsonString())")
            return "hello world"
        }
    }
    gateway.register("bg/named", method: .post) { _ in
        probe.record("bg/named ran")
        return "done"
    }
    gateway.register("bg/failing", method: nil) { (_: EndpointContext<Context>) async throws -> EndpointResponse in
        throw PlainFailure(description: "background failure")
    }
    gateway.register("bg/slow", method: nil) { context -> String in
        do {
            try await Task.sleep(for: .milliseconds(Int(context.params["ms"]?.numberValue ?? 0)))
            probe.record("bg/slow finished")
        } catch {
            probe.record("bg/slow cancelled")
        }
        return "slow"
    }
    gateway.register("origin/allow", method: nil) { _ in true }
    if let errors {
        gateway.setErrorHandler { event in errors.add(event.type) }
    }
    return gateway
}

/// Serves `Fixtures/streaming` on a loopback port for the duration of `test`.
func withStreamingGateway(
    _ configuration: GatewayConfiguration = GatewayConfiguration(), probe: StreamProbe = StreamProbe(),
    errors: ErrorLog? = nil, _ test: @escaping @Sendable (Int, LoadedGateway<GatewayRequestContext>) async throws -> Void
) async throws {
    let gateway = makeStreamingGateway(configuration, probe: probe, errors: errors)
    let loaded = try gateway.load(root: try Fixture.root("streaming"))
    try await loaded.loopbackApplication().test(.live) { client in
        let port = try #require(client.port)
        try await test(port, loaded)
    }
}

/// A JSON POST with `Connection: close`.
func postJSON(_ port: Int, _ path: String, _ body: String, headers: [(String, String)] = []) async throws -> RawResponse {
    try await RawHTTPClient.request(
        port: port, "POST", path, headers: [("Content-Type", "application/json")] + headers, body: Array(body.utf8))
}

/// The headers of an SSE response for `uuid` (after `X-Execution-Uuid`), `debug` adding `X-Debug`.
/// The headers of an event stream after `X-Execution-Uuid`: the gateway's, `Cache-Control:
/// no-cache` (not the original's: proxies must not cache or buffer a stream), the type.
func eventStreamHeaders(debug: Bool = false) -> [String] {
    let expose = debug
        ? "Access-Control-Expose-Headers: x-execution-uuid, x-debug, cache-control, x-instant-api, access-control-allow-origin, access-control-allow-methods, access-control-allow-headers"
        : "Access-Control-Expose-Headers: x-execution-uuid, cache-control, x-instant-api, access-control-allow-origin, access-control-allow-methods, access-control-allow-headers"
    return (debug ? ["X-Debug: true"] : []) + ["Cache-Control: no-cache"] + corsBlock + [
        expose, "Content-Type: text/event-stream; charset=utf-8", "transfer-encoding: chunked",
    ]
}

/// The `@response` payload the gateway sends for a JSON body.
func responsePayload(uuid: String, status: Int = 200, debug: Bool = false, contentType: String = "application/json", body: String) -> String {
    let debugHeader = debug ? "\"X-Debug\":true," : ""
    let expose = debug
        ? "x-execution-uuid, x-debug, x-instant-api, access-control-allow-origin, access-control-allow-methods, access-control-allow-headers"
        : "x-execution-uuid, x-instant-api, access-control-allow-origin, access-control-allow-methods, access-control-allow-headers"
    let headers =
        "{\"X-Execution-Uuid\":\"\(uuid)\",\(debugHeader)\"X-Instant-Api\":\"true\",\"Access-Control-Allow-Origin\":\"*\",\"Access-Control-Allow-Methods\":\"GET, POST, OPTIONS, HEAD, PUT, DELETE\",\"Access-Control-Allow-Headers\":\"\",\"Access-Control-Expose-Headers\":\"\(expose)\",\"Content-Type\":\"\(contentType)\"}"
    return "{\"statusCode\":\(status),\"headers\":\(headers),\"body\":\(JSONValue.string(body).jsonString())}"
}
