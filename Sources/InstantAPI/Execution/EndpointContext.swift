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
        public var headers: JSONObject
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
    public var path: [String]
    /// Declared parameters validated and converted, undeclared ones as they arrived.
    public var params: JSONObject
    /// The first `X-Forwarded-For` entry, else the peer address.
    public var remoteAddress: String
    /// The execution id, the same as the `X-Execution-Uuid` response header.
    public var uuid: String
    /// The request.
    public var http: HTTP
    /// A logger carrying the execution id as metadata.
    public var logger: Logger
    let events: EventSink

    /// The parameters decoded as `T` by `JSONValueDecoder`, without a JSON text round trip:
    /// buffers decode as `Data`/`[UInt8]` or as `{"_base64": …}` objects, `JSONValue` members
    /// are taken as they are.
    public func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try JSONValueDecoder().decode(T.self, from: .object(params))
    }

    /// Sends `value` on the stream `name` (`@stream`). Until streaming arrives, events are
    /// dropped when the client did not ask for a stream.
    public func stream(_ name: String, _ value: some Encodable) async throws {
        let json = try JSONValueEncoder().encode(value)
        await events.send(name: name, value: json)
    }

    /// Writes a log line (upstream's `context.log`).
    public func log(_ message: String) {
        logger.info("\(message)")
    }

    /// Writes an error line (upstream's `context.error`).
    public func error(_ message: String) {
        logger.error("\(message)")
    }
}

/// Where `context.stream` events go: the seam for SSE and `_debug`.
protocol EventSink: Sendable {
    func send(name: String, value: JSONValue) async
}

/// Drops every event: a plain (non-streaming) request.
struct DroppingEventSink: EventSink {
    func send(name: String, value: JSONValue) async {}
}
