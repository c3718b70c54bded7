import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle

/// Answers every request with the gateway (all methods, every path): the responder of an
/// application that is only a gateway.
public struct GatewayResponder<Context: RequestContext>: HTTPResponder {
    let adapter: HummingbirdAdapter

    public func respond(to request: Request, context: Context) async throws -> Response {
        try await adapter.respond(to: request, context: context)
    }
}

/// The gateway as a route of a Hummingbird router, at whatever prefix it was added: the path
/// below the prefix is the route name, so not-found handlers, 501s, the trailing-slash
/// redirect and OPTIONS/HEAD work as they do standalone.
struct MountedGatewayResponder<Context: RequestContext>: HTTPResponder {
    let adapter: HummingbirdAdapter

    func respond(to request: Request, context: Context) async throws -> Response {
        try await adapter.respond(to: request, context: context, mountDepth: Self.mountDepth(of: context.endpointPath))
    }

    /// The segments of the matched route pattern before the gateway's catch-all (`/api/**`: 1,
    /// `/tenants/:id/**`: 2, `/api`: 1).
    static func mountDepth(of endpointPath: String?) -> Int {
        guard let endpointPath else { return 0 }
        var depth = 0
        for segment in endpointPath.split(separator: "/") where segment != "**" { depth += 1 }
        return depth
    }
}

extension LoadedGateway {
    /// The methods the mounted gateway answers: the router has a responder per method, and
    /// these are the ones HTTP defines. The gateway answers the ones it does not serve with its
    /// own 501; a request with a method outside the list is the router's (404).
    static var mountedMethods: [HTTPRequest.Method] { [.get, .head, .post, .put, .delete, .options, .patch, .trace, .connect] }

    /// The gateway's routes for a Hummingbird router: add them at any prefix, next to the app's
    /// own routes and under its middleware.
    ///
    /// ```swift
    /// let router = Router(context: AppRequestContext.self)
    /// router.add(middleware: LogRequestsMiddleware(.info))
    /// router.get("health") { _, _ in "ok" }
    /// router.addRoutes(loaded.routes(), atPath: "/api")
    /// ```
    ///
    /// Every path below the prefix goes to the gateway (`/api` itself is the root route), and
    /// a route of the app's own at a longer path under it wins, as Hummingbird matches the
    /// literal route before the catch-all. Closures get the router's request context.
    public func routes() -> RouteCollection<Context> {
        let collection = RouteCollection(context: Context.self)
        let responder = MountedGatewayResponder<Context>(adapter: HummingbirdAdapter(pipeline: pipeline))
        for method in Self.mountedMethods {
            _ = collection.on("", method: method, responder: responder)
            _ = collection.on("**", method: method, responder: responder)
        }
        return collection
    }

    /// A responder answering every request (404 for unknown routes): for an application that
    /// is only this gateway.
    public func responder() -> GatewayResponder<Context> {
        GatewayResponder(adapter: HummingbirdAdapter(pipeline: pipeline))
    }

    /// The services an app that mounts the gateway adds to its own (`app.addServices(…)`):
    /// on shutdown they wait for `?_background` work (at most ``GatewayLimits/backgroundDrainTimeout``)
    /// while connections close; with hot reload on, the folder watcher (``HotReloadService``).
    public var services: [any Service] {
        [BackgroundDrainService(gateway: pipeline)] + (reloader.map { [$0] } ?? [])
    }
}

extension LoadedGateway where Context: RequestContext, Context.Source == ApplicationRequestContextSource {
    /// A standalone Hummingbird application serving only this gateway at `configuration`'s
    /// address, with the gateway's connection limits (``HTTPServerBuilder/instantAPI(limits:)``,
    /// ``GatewayLimits/maxConnections``) and its background drain. `onServerRunning` is
    /// called once it listens, with the server's channel (its `localAddress` has the port
    /// when the configuration asks for port 0).
    public func application(
        configuration: ApplicationConfiguration = ApplicationConfiguration(address: .hostname("127.0.0.1", port: 8080)),
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var server = configuration
        server.serverName = nil
        if server.availableConnectionsDelegate == nil {
            server.availableConnectionsDelegate = MaximumAvailableConnections(self.configuration.limits.maxConnections)
        }
        return Application(
            responder: responder(), server: .instantAPI(limits: self.configuration.limits), configuration: server,
            services: services, onServerRunning: onServerRunning, logger: pipeline.logger)
    }
}

extension Gateway where Context.Source == ApplicationRequestContextSource {
    /// Loads `root` (refusing to start on any mismatch) and serves at `server`'s address until
    /// shut down (SIGINT/SIGTERM). Throws ``GatewayLoadError`` when the manifests and closures do
    /// not match, and the server's error when it cannot bind; ``runOrExit(root:server:)`` prints
    /// either and exits instead.
    ///
    /// A shutdown ends within the background drain timeout plus the shutdown grace period
    /// (``GatewayLimits/shutdownGracePeriod``) whatever clients do: connections still sending
    /// a request are closed at once, responses in progress get that long, then everything
    /// left is cancelled.
    public func run(
        root: String, server: ApplicationConfiguration = ApplicationConfiguration(address: .hostname("127.0.0.1", port: 8080))
    ) async throws {
        let loaded = try load(root: root)
        var group = ServiceGroupConfiguration(
            services: [loaded.application(configuration: server)], gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger)
        group.maximumGracefulShutdownDuration =
            configuration.limits.backgroundDrainTimeout + configuration.limits.shutdownGracePeriod
        try await ServiceGroup(configuration: group).run()
    }

    /// ``run(root:server:)`` for a program's `main`: a load error or a failure to bind is
    /// written to standard error as it is, and the process exits with status 1 (no crash
    /// report); after a clean shutdown it returns.
    public func runOrExit(
        root: String, server: ApplicationConfiguration = ApplicationConfiguration(address: .hostname("127.0.0.1", port: 8080))
    ) async {
        do {
            try await run(root: root, server: server)
        } catch {
            StartupFailure.exit(with: error, address: server.address)
        }
    }
}
