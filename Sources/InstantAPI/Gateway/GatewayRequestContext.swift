import Hummingbird
import NIOCore

/// The Hummingbird request context of a standalone gateway: the core storage plus the peer's
/// address (for `context.remoteAddress`).
public struct GatewayRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connected peer.
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
