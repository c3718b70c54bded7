import Foundation
import HTTPTypes
import Hummingbird
import InstantAPICore
import Logging
import Synchronization

/// An Instant API gateway: endpoint manifests on disk (`functions/`), closures registered in
/// Swift, a strict match between them checked when the gateway loads.
///
/// `Context` is the Hummingbird request context its closures see: ``GatewayRequestContext``
/// for a gateway that is the whole app, your app's own context type when you mount the gateway
/// in your router (``LoadedGateway/routes()``).
///
/// ```swift
/// let gateway = Gateway(configuration: .init(name: "Weather API"))
/// gateway.register("v1/weather/current", method: .get) { context in
///     Weather(temperature: 89.2, units: "°F")
/// }
/// await gateway.runOrExit(root: ".")
/// ```
public final class Gateway<Context: RequestContext>: Sendable {
    /// The configuration the gateway was created with.
    public let configuration: GatewayConfiguration
    /// The logger for load problems and the gateway's own log lines.
    public let logger: Logger

    private struct Registrations {
        var handlers: [EndpointBinder.Key: InvocationHandler] = [:]
        var duplicates: [EndpointBinder.Key] = []
        var errorHandler: GatewayErrorHandler?
    }

    private let registrations = Mutex(Registrations())

    /// A gateway whose closures see requests with `context` (``GatewayRequestContext`` unless
    /// given); `logger` defaults to one labelled with the configuration's name.
    public init(
        context: Context.Type = GatewayRequestContext.self, configuration: GatewayConfiguration = GatewayConfiguration(),
        logger: Logger? = nil
    ) {
        self.configuration = configuration
        var logger = logger ?? Logger(label: configuration.name)
        if configuration.debugLogging { logger.logLevel = .debug }
        self.logger = logger
    }

    /// Registers the closure of a route (`v1/items`, `""` for the root, `v1:notfound` for a
    /// not-found handler). `method` is the manifest's named export; `nil` for a default export.
    public func register(
        _ route: String, method: HTTPRequest.Method?,
        handler: @escaping @Sendable (EndpointContext<Context>) async throws -> EndpointResponse
    ) {
        let key = EndpointBinder.Key(route: route, method: method?.rawValue)
        let invoke: InvocationHandler = { invocation in
            guard let requestContext = invocation.request.requestContext as? Context else {
                throw RequestContextMismatch(expected: Context.self, actual: type(of: invocation.request.requestContext))
            }
            return try await handler(EndpointContext(invocation, requestContext: requestContext))
        }
        registrations.withLock { registrations in
            if registrations.handlers[key] != nil { registrations.duplicates.append(key) }
            registrations.handlers[key] = invoke
        }
    }

    /// Registers a closure that returns any `Encodable` (sent as JSON, checked against `@returns`).
    public func register<Result: Encodable & Sendable>(
        _ route: String, method: HTTPRequest.Method?,
        handler: @escaping @Sendable (EndpointContext<Context>) async throws -> Result
    ) {
        register(route, method: method) { (context: EndpointContext<Context>) async throws -> EndpointResponse in
            .json(try await handler(context))
        }
    }

    /// Called for execution failures that are the service's fault (see ``GatewayErrorEvent``).
    public func setErrorHandler(_ handler: @escaping GatewayErrorHandler) {
        registrations.withLock { $0.errorHandler = handler }
    }

    /// Loads `<root>/functions` and `<root>/www`, binds every manifest to its closure and builds the route table.
    /// Throws ``GatewayLoadError`` listing every problem when anything does not match.
    ///
    /// With hot reload on (``GatewayConfiguration/hotReload``, in development by default), the
    /// loaded gateway's ``LoadedGateway/services`` include a watcher of both folders that swaps
    /// in the routes of every change that loads (``HotReloadService``).
    public func load(root: String) throws -> LoadedGateway<Context> {
        let url = URL(fileURLWithPath: root, isDirectory: true)
        if configuration.limits.maxBufferedBodyBytes < configuration.maxRequestSize {
            logger.warning(
                "limits.maxBufferedBodyBytes (\(configuration.limits.maxBufferedBodyBytes)) is below maxRequestSize (\(configuration.maxRequestSize)): bodies between the two always get 503")
        }
        try checkBackgroundContext()
        let reloads = configuration.hotReload.isServed(in: configuration.environment)
        let watched = [url.appendingPathComponent("functions"), url.appendingPathComponent("www")]
        // Before the load: a change made while it runs is then seen by the first check.
        let loadedFrom = reloads ? FolderFingerprint(watched) : nil
        let set = try routeSet(root: url, lenient: false).get()
        let pipeline = RequestPipeline(
            routes: set.routes, configuration: configuration, errorHandler: registrations.withLock { $0.errorHandler },
            logger: logger, specialRoutes: set.specialRoutes, docsPage: set.docsPage, definitions: set.definitions,
            reloadable: reloads, makeBackgroundContext: Self.makeBackgroundContext)
        guard let loadedFrom else { return LoadedGateway(pipeline: pipeline) }
        let reloader = HotReloadService(
            folders: watched, interval: configuration.hotReload.interval, pipeline: pipeline, logger: logger,
            loadedFrom: loadedFrom,
            reload: { [self] in routeSet(root: url, lenient: true) },
            problemsPage: { [self] definitions, problems in docsPage(definitions, problems: problems) })
        return LoadedGateway(pipeline: pipeline, reloader: reloader)
    }

    /// The routes of `url`'s manifests, or every problem. `lenient` is a reload's binding
    /// (``EndpointBinder/bind(definitions:handlers:duplicates:lenient:)``).
    func routeSet(root url: URL, lenient: Bool) -> Result<RouteSet, GatewayLoadError> {
        let manifests = ManifestLoader().load(root: url)
        for warning in manifests.diagnostics where warning.severity != .error {
            logger.warning("\(warning.description)")
        }
        let registered = registrations.withLock { $0 }
        let errors = manifests.diagnostics.filter { $0.severity == .error }
        let bound = EndpointBinder.bind(
            definitions: manifests.definitions, handlers: registered.handlers, duplicates: registered.duplicates,
            lenient: lenient)
        switch bound {
        case .success(let endpoints) where errors.isEmpty:
            let specialRoutes = SpecialRoutes(
                definitions: manifests.definitions, configuration: configuration,
                resources: MCPResource.resources(of: manifests.staticFiles), logger: logger)
            return .success(
                RouteSet(
                    routes: RouteTable(endpoints: endpoints, staticFiles: manifests.staticFiles),
                    specialRoutes: specialRoutes, docsPage: docsPage(manifests.definitions),
                    definitions: manifests.definitions))
        case .success:
            return .failure(GatewayLoadError(diagnostics: errors, mismatches: []))
        case .failure(let mismatch):
            return .failure(GatewayLoadError(diagnostics: errors, mismatches: mismatch.mismatches))
        }
    }

    /// The `/docs` page of `definitions`, when it is served; `problems` shown above them.
    func docsPage(_ definitions: [EndpointDefinition], problems: [String] = []) -> [UInt8]? {
        guard configuration.docs.isServed(in: configuration.environment) else { return nil }
        return DocsPage.render(
            definitions: definitions, title: configuration.documents.title ?? configuration.name, problems: problems)
    }
}

/// A gateway whose manifests and closures matched: an immutable request pipeline that can be
/// served standalone (``application(configuration:)``) or mounted in a Hummingbird router
/// (``routes()``).
public struct LoadedGateway<Context: RequestContext>: Sendable {
    let pipeline: RequestPipeline
    /// The watcher that reloads the routes, when hot reload is on.
    let reloader: HotReloadService?

    init(pipeline: RequestPipeline, reloader: HotReloadService? = nil) {
        self.pipeline = pipeline
        self.reloader = reloader
    }

    /// The configuration it serves with.
    public var configuration: GatewayConfiguration { pipeline.configuration }
}

/// A request reached a closure with another request context type than its gateway's: only
/// possible through a responder made for another context (the router's types prevent it).
struct RequestContextMismatch: Error, CustomStringConvertible {
    var expected: Any.Type
    var actual: Any.Type

    var description: String { "The endpoint expects request context \(expected), got \(actual)" }
}
