import Hummingbird
import NIOCore

/// The app's own request context: Hummingbird's storage and the caller's identity, which
/// ``BearerIdentityMiddleware`` sets and the gateway's closures read.
struct AppRequestContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    /// Who is calling, when the request said (`Authorization: Bearer NAME`).
    var identity: Identity?
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}

/// A caller.
struct Identity: Sendable {
    var name: String
}
