import InstantAPICore

/// What the gateway's error handler receives: the failures of an endpoint's execution that are
/// the service's fault (upstream's `setErrorHandler`, §8.4): runtime errors, timeouts, value
/// errors and invalid response headers. Client mistakes never reach it.
public struct GatewayErrorEvent: Sendable {
    /// The wire type, e.g. `RuntimeError`.
    public var type: String
    /// The wire message.
    public var message: String
    /// The wire details, if any.
    public var details: JSONValue?
    /// The route name of the endpoint (`v1/items#GET`).
    public var endpoint: String
    /// The execution id (`X-Execution-Uuid`).
    public var uuid: String
    /// The error the closure threw, when there was one.
    public var underlying: (any Error)?
}

/// Receives execution failures; see ``GatewayErrorEvent``.
public typealias GatewayErrorHandler = @Sendable (GatewayErrorEvent) -> Void
