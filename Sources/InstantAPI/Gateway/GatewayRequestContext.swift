import Hummingbird
import NIOCore

/// The Hummingbird request context of a standalone gateway: the core storage plus the peer's
/// address (for `context.remoteAddress`) and its connection.
public struct GatewayRequestContext: RequestContext, RemoteAddressRequestContext, BackgroundRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connected peer.
    public let remoteAddress: SocketAddress?
    /// The connection: an event stream checks it is still open while it waits; `nil` for a
    /// stored background execution a worker runs.
    let channel: (any Channel)?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
        channel = source.channel
    }

    /// The context of a stored background execution: no connection, no peer.
    public init(background source: BackgroundContextSource) {
        coreContext = .init(source: source)
        remoteAddress = nil
        channel = nil
    }
}
