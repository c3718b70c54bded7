import HTTPTypes
import Hummingbird
import InstantAPICore
import Logging

/// A `?_background` execution as a queue keeps it: enough to run the closure again on any
/// replica, in a later process. A durable queue stores every field before the 202 is sent.
public struct BackgroundExecution: Sendable {
    /// The execution id, sent as `X-Execution-Uuid` with the 202.
    public var uuid: String
    /// The definition name, e.g. `v1/reports#POST`.
    public var endpoint: String
    /// The requested route name (``EndpointContext/alias``).
    public var alias: String
    /// The validated parameters, for inspection: a worker that runs a stored execution reads
    /// them again from ``request`` and ``body`` through the same validation, so that buffers
    /// and every conversion come out exactly as for the original request.
    public var params: JSONObject
    /// The request head as it arrived (method, target, authority, header fields).
    public var request: HTTPRequest
    /// The request body as it arrived.
    public var body: [UInt8]
    /// The peer's address, if known.
    public var peerAddress: String?
    /// How failures of this execution are retried (``GatewayConfiguration/Background``).
    public var retry: RetryPolicy

    /// The invocation of the request itself, when it runs in the process that received it:
    /// its closure then sees the request's own Hummingbird context.
    let invocation: Invocation?

    /// An execution read back from storage.
    public init(
        uuid: String, endpoint: String, alias: String, params: JSONObject, request: HTTPRequest, body: [UInt8],
        peerAddress: String?, retry: RetryPolicy
    ) {
        self.uuid = uuid
        self.endpoint = endpoint
        self.alias = alias
        self.params = params
        self.request = request
        self.body = body
        self.peerAddress = peerAddress
        self.retry = retry
        invocation = nil
    }

    init(_ invocation: Invocation, retry: RetryPolicy) {
        uuid = invocation.uuid
        endpoint = invocation.name
        alias = invocation.alias
        params = invocation.params
        request = invocation.request.head
        body = invocation.request.body
        peerAddress = invocation.request.peerAddress
        self.retry = retry
        self.invocation = invocation
    }
}

/// A request context a gateway can make without a connection, for a stored background
/// execution that a worker runs (``GatewayConfiguration/Background/queue``): what middleware
/// set on the original request (an identity, say) is not kept; the stored request's headers are.
///
/// ``GatewayRequestContext`` conforms; an app's own context conforms with
/// `init(background source: BackgroundContextSource) { coreContext = .init(source: source) }`.
public protocol BackgroundRequestContext: RequestContext {
    init(background source: BackgroundContextSource)
}

/// Where a ``BackgroundRequestContext`` comes from: the worker's logger for the execution.
public struct BackgroundContextSource: RequestContextSource {
    public let logger: Logger

    public init(logger: Logger) {
        self.logger = logger
    }
}
