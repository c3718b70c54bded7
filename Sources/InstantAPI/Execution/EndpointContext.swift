import Foundation
import InstantAPICore
import Logging

/// What an endpoint closure receives about its request (SPEC §2).
public struct EndpointContext: Sendable {
    /// The request as it arrived.
    public struct HTTP: Sendable {
        /// The raw request target (path and query), not percent-decoded.
        public var url: String
        /// The request method, e.g. `GET`.
        public var method: String
        /// Request headers with lowercased names, in arrival order; repeated names joined by `, `.
        /// Built when read: most closures never look at them.
        public var headers: JSONObject {
            var object = JSONObject()
            for (name, value) in fields {
                if case .string(let existing)? = object[name] {
                    object[name] = .string(existing + ", " + value)
                } else {
                    object[name] = .string(value)
                }
            }
            return object
        }
        /// The headers as they arrived.
        let fields: [(name: String, value: String)]
        /// The raw body bytes.
        public var rawBody: [UInt8]
        /// The body as UTF-8 text.
        public var body: String { String(decoding: rawBody, as: UTF8.self) }
        /// The body parsed as JSON, or `nil` when it is not JSON.
        public var json: JSONValue?
    }

    /// The definition name, e.g. `v1/items#GET` or `sub:notfound`.
    public var name: String
    /// The requested route name (the path without one leading and one trailing `/`).
    public var alias: String
    /// `alias` split on `/`.
    public var path: [String] { alias.split(separator: "/", omittingEmptySubsequences: false).map(String.init) }
    /// Declared parameters validated and converted, undeclared ones as they arrived.
    public var params: JSONObject
    /// The first `X-Forwarded-For` entry, else the peer address.
    public var remoteAddress: String
    /// The execution id, the same as the `X-Execution-Uuid` response header.
    public var uuid: String
    /// The request.
    public var http: HTTP
    /// A logger carrying the execution id as metadata. The metadata is attached when the
    /// logger is read: setting it on every request cost more than most closures do.
    public var logger: Logger {
        get {
            var logger = baseLogger
            logger[metadataKey: "execution-uuid"] = .string(uuid)
            return logger
        }
        set { baseLogger = newValue }
    }
    var baseLogger: Logger
    /// Where `stream`, `log` and `error` events go (replaced for `_stream` and `_debug`).
    var events: EventSink

    /// The parameters decoded as `T` by `JSONValueDecoder`, without a JSON text round trip:
    /// buffers decode as `Data`/`[UInt8]` or as `{"_base64": …}` objects, `JSONValue` members
    /// are taken as they are.
    public func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try JSONValueDecoder().decode(T.self, from: .object(params))
    }

    /// Sends `value` on the stream `name` (a `@stream` of the manifest, or `@stdout`,
    /// `@stderr`, `@error`). The value is checked against the stream's type first (an enum key
    /// becomes its member value, buffers are sent as `{"_base64": …}`); an undeclared name or
    /// a value that does not match sends an `@error` event instead and returns `false`.
    ///
    /// Only a client that asked for a stream (`?_stream`, `?_debug`) receives the events;
    /// otherwise they are checked and dropped. When the client reads slowly this waits, so a
    /// fast producer never outruns the connection; it throws `CancellationError` once the
    /// request is cancelled (the client went away or the timeout passed).
    @discardableResult
    public func stream(_ name: String, _ value: some Encodable) async throws -> Bool {
        let json = try JSONValueEncoder().encode(value)
        let accepted = await events.send(name: name, value: json)
        try Task.checkCancellation()
        return accepted
    }

    /// Writes a log line to the server log (upstream's `context.log`); in `_debug` mode it is
    /// also sent as an `@stdout` event.
    public func log(_ message: String) {
        logger.info("\(message)")
        events.output(message, isError: false)
    }

    /// Writes an error line to the server log (upstream's `context.error`); in `_debug` mode it
    /// is also sent as an `@stderr` event.
    public func error(_ message: String) {
        logger.error("\(message)")
        events.output(message, isError: true)
    }
}

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
