import InstantAPICore
import Logging

/// What the pipeline hands an endpoint's closure, whatever the app's request context type:
/// ``EndpointContext`` is its typed view.
struct Invocation: Sendable {
    /// The definition name, e.g. `v1/items#GET`.
    var name: String
    /// The requested route name.
    var alias: String
    var params: JSONObject
    var remoteAddress: String
    var uuid: String
    var request: IncomingRequest
    /// The body parsed as JSON, when it is JSON.
    var json: JSONValue?
    /// Where `stream`, `log` and `error` events go (replaced for `_stream` and `_debug`).
    var events: EventSink
    /// Which attempt this is: 1, or more for a retried background execution.
    var attempt = 1
}

/// The closure an endpoint runs, on the gateway's side of the typed ``EndpointContext``.
typealias InvocationHandler = @Sendable (Invocation) async throws -> EndpointResponse

/// Where `context.stream`, `context.log` and `context.error` events go: dropped for a plain
/// request, written as SSE for `_stream` / `_debug`.
protocol EventSink: Sendable {
    /// A `context.stream` event; `false` when it was refused (an `@error` event replaces it).
    func send(name: String, value: JSONValue) async -> Bool
    /// A `context.log` (`isError` false) or `context.error` line.
    func output(_ text: String, isError: Bool)
}

/// Checks events against `@stream` and drops them: a request that did not ask for a stream.
struct DroppingEventSink: EventSink {
    var validator = StreamValidator(streams: [])

    func send(name: String, value: JSONValue) async -> Bool {
        if case .success = validator.validate(name: name, value: value) { return true }
        return false
    }

    func output(_ text: String, isError: Bool) {}
}
