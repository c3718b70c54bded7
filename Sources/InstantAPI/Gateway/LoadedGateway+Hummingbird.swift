import Hummingbird
import HummingbirdCore
import ServiceLifecycle
import Logging

/// Answers every request with the gateway: use it as an application's responder.
public struct GatewayResponder<Context: RequestContext>: HTTPResponder {
    let adapter: HummingbirdAdapter

    public func respond(to request: Request, context: Context) async throws -> Response {
        try await adapter.respond(to: request, peerAddress: HummingbirdAdapter.peerAddress(of: context))
    }
}

/// Mounts the gateway into an existing Hummingbird router: requests for a route the gateway
/// knows (or a not-found handler covers) are answered by it; everything else goes on to `next`.
public struct GatewayMiddleware<Context: RequestContext>: RouterMiddleware {
    let adapter: HummingbirdAdapter

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let path = request.head.path ?? "/"
        let pathname = path.firstIndex(of: "?").map { path[..<$0] } ?? Substring(path)
        let name = String(RouteTable.routeName(ofPath: pathname))
        if case .notFound = adapter.pipeline.routes.lookup(name, method: request.method.rawValue) {
            return try await next(request, context)
        }
        return try await adapter.respond(to: request, peerAddress: HummingbirdAdapter.peerAddress(of: context))
    }
}

extension LoadedGateway {
    /// A responder answering every request (404 for unknown routes).
    public func responder<Context: RequestContext>(context: Context.Type = Context.self) -> GatewayResponder<Context> {
        GatewayResponder(adapter: HummingbirdAdapter(pipeline: pipeline))
    }

    /// A middleware answering the gateway's routes and passing the others on.
    public func middleware<Context: RequestContext>(context: Context.Type = Context.self) -> GatewayMiddleware<Context> {
        GatewayMiddleware(adapter: HummingbirdAdapter(pipeline: pipeline))
    }

    /// A standalone Hummingbird application bound to the configured host and port, with the
    /// gateway's connection limits (``HTTPServerBuilder/instantAPI(limits:)``).
    public func application() -> some ApplicationProtocol {
        Application(
            responder: responder(context: GatewayRequestContext.self),
            server: .instantAPI(limits: configuration.limits),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: nil,
                availableConnectionsDelegate: MaximumAvailableConnections(configuration.limits.maxConnections)),
            logger: pipeline.logger)
    }

    /// The services that serve this gateway standalone: the application, then the background
    /// drain, which on shutdown waits for `?_background` work while connections close.
    public func services() -> [any Service] {
        [BackgroundDrainService(gateway: self), application()]
    }
}

extension Gateway {
    /// Loads `root` (refusing to start on any mismatch) and serves until shut down (SIGINT/SIGTERM);
    /// after the graceful shutdown it waits for background work (``LoadedGateway/drainBackgroundWork(timeout:)``).
    ///
    /// A shutdown ends within the background drain timeout plus the shutdown grace period
    /// (``GatewayLimits/shutdownGracePeriod``) whatever clients do: connections still sending
    /// a request are closed at once, responses in progress get that long, then everything
    /// left is cancelled.
    public func run(root: String) async throws {
        let loaded = try load(root: root)
        var group = ServiceGroupConfiguration(
            services: loaded.services(), gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        group.maximumGracefulShutdownDuration =
            configuration.backgroundDrainTimeout + configuration.limits.shutdownGracePeriod
        try await ServiceGroup(configuration: group).run()
    }
}
