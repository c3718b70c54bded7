import Hummingbird
import InstantAPICore
import Logging
import NIOCore

/// What an endpoint closure receives: its validated parameters, the Hummingbird request and the
/// app's request context, and the original's `context` helpers (SPEC §2).
///
/// `Context` is the app's Hummingbird request context type: what a middleware put there (an
/// authenticated identity, say) is `requestContext`'s, and `logger` is the request's logger
/// (with Hummingbird's request id) carrying the execution id too.
public struct EndpointContext<Context: RequestContext>: Sendable {
    let invocation: Invocation

    /// The app's request context for this request.
    public var requestContext: Context

    init(_ invocation: Invocation, requestContext: Context) {
        self.invocation = invocation
        self.requestContext = requestContext
    }

    /// The definition name, e.g. `v1/items#GET` or `sub:notfound`.
    public var name: String { invocation.name }
    /// The requested route name (the path below the mount point, without one leading and one
    /// trailing `/`).
    public var alias: String { invocation.alias }
    /// `alias` split on `/`.
    public var path: [String] { alias.split(separator: "/", omittingEmptySubsequences: false).map(String.init) }
    /// Declared parameters validated and converted, undeclared ones as they arrived.
    public var params: JSONObject { invocation.params }
    /// The first `X-Forwarded-For` entry, else the peer address.
    public var remoteAddress: String { invocation.remoteAddress }
    /// The execution id, the same as the `X-Execution-Uuid` response header.
    public var uuid: String { invocation.uuid }
    /// Which attempt this is: 1, then 2, 3… when a `?_background` execution is retried after
    /// a failure or taken over from a replica that died (``GatewayConfiguration/Background``).
    /// Background work runs at least once: use it with ``uuid`` to make effects idempotent.
    public var attempt: Int { invocation.attempt }
    /// The request as it arrived: `method`, `uri`, `headers`; its `body` is the one already
    /// read (the same bytes as ``body``).
    public var request: Request {
        Request(head: invocation.request.head, body: RequestBody(buffer: body))
    }
    /// The raw body bytes, built when read: most closures never look at them.
    public var body: ByteBuffer { ByteBuffer(bytes: invocation.request.body) }
    /// The body parsed as JSON, or `nil` when it is not JSON.
    public var json: JSONValue? { invocation.json }
    /// The request's logger with the execution id as metadata (`execution-uuid`).
    public var logger: Logger {
        var logger = requestContext.logger
        logger[metadataKey: "execution-uuid"] = .string(uuid)
        return logger
    }

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
        let accepted = await invocation.events.send(name: name, value: json)
        try Task.checkCancellation()
        return accepted
    }

    /// Writes a log line to the request's log (upstream's `context.log`); in `_debug` mode it
    /// is also sent as an `@stdout` event.
    public func log(_ message: String) {
        logger.info("\(message)")
        invocation.events.output(message, isError: false)
    }

    /// Writes an error line to the request's log (upstream's `context.error`); in `_debug` mode
    /// it is also sent as an `@stderr` event.
    public func error(_ message: String) {
        logger.error("\(message)")
        invocation.events.output(message, isError: true)
    }
}
