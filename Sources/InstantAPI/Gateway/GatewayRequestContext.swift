import Hummingbird
import NIOCore

/// The Hummingbird request context of a standalone gateway: the core storage plus the peer's
/// address (for `context.remoteAddress`) and its connection.
public struct GatewayRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connected peer.
    public let remoteAddress: SocketAddress?
    /// The connection: an event stream checks it is still open while it waits.
    let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
        channel = source.channel
    }
}
