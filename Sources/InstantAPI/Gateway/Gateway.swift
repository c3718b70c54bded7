import Foundation
import InstantAPICore
import Logging

/// An Instant API gateway: endpoint manifests on disk (`functions/`), closures registered in
/// Swift, a strict match between them checked when the gateway loads.
///
/// ```swift
/// let gateway = Gateway(configuration: .init(name: "Weather API"))
/// gateway.register("v1/weather/current", method: .GET) { context in
///     Weather(temperature: 89.2, units: "°F")
/// }
/// try await gateway.run(root: ".")
/// ```
public final class Gateway: @unchecked Sendable {
    /// The configuration the gateway was created with.
    public let configuration: GatewayConfiguration
    /// The logger for load problems and request logs.
    public let logger: Logger

    private let lock = NSLock()
    private var handlers: [EndpointBinder.Key: EndpointHandler] = [:]
    private var duplicates: [EndpointBinder.Key] = []
    private var errorHandler: GatewayErrorHandler?

    /// A gateway with `configuration`; `logger` defaults to one labelled with the name.
    public init(configuration: GatewayConfiguration = GatewayConfiguration(), logger: Logger? = nil) {
        self.configuration = configuration
        var logger = logger ?? Logger(label: configuration.name)
        if configuration.debugLogging { logger.logLevel = .debug }
        self.logger = logger
    }

    /// Registers the closure of a route (`v1/items`, `""` for the root, `v1:notfound` for a
    /// not-found handler). `method` is the manifest's named export; `nil` for a default export.
    public func register(_ route: String, method: HTTPMethodName?, handler: @escaping EndpointHandler) {
        let key = EndpointBinder.Key(route: route, method: method)
        lock.withLock {
            if handlers[key] != nil { duplicates.append(key) }
            handlers[key] = handler
        }
    }

    /// Registers a closure that returns any `Encodable` (sent as JSON, checked against `@returns`).
    public func register<Result: Encodable & Sendable>(
        _ route: String, method: HTTPMethodName?,
        handler: @escaping @Sendable (EndpointContext) async throws -> Result
    ) {
        register(route, method: method) { (context: EndpointContext) async throws -> EndpointResponse in
            let value = try await handler(context)
            return .json(value)
        }
    }

    /// Called for execution failures that are the service's fault (see ``GatewayErrorEvent``).
    public func setErrorHandler(_ handler: @escaping GatewayErrorHandler) {
        lock.withLock { errorHandler = handler }
    }

    /// Loads `<root>/functions` and `<root>/www`, binds every manifest to its closure and builds the route table.
    /// Throws ``GatewayLoadError`` listing every problem when anything does not match.
    public func load(root: String) throws -> LoadedGateway {
        let url = URL(fileURLWithPath: root, isDirectory: true)
        if configuration.limits.maxBufferedBodyBytes < configuration.maxRequestSize {
            logger.warning(
                "limits.maxBufferedBodyBytes (\(configuration.limits.maxBufferedBodyBytes)) is below maxRequestSize (\(configuration.maxRequestSize)): bodies between the two always get 503")
        }
        let manifests = ManifestLoader().load(root: url)
        for warning in manifests.diagnostics where warning.severity != .error {
            logger.warning("\(warning.description)")
        }
        let (handlers, duplicates, errorHandler) = lock.withLock { (self.handlers, self.duplicates, self.errorHandler) }
        let errors = manifests.diagnostics.filter { $0.severity == .error }
        let bound = EndpointBinder.bind(
            definitions: manifests.definitions, handlers: handlers, duplicates: duplicates)
        switch bound {
        case .success(let endpoints) where errors.isEmpty:
            let specialRoutes = SpecialRoutes(
                definitions: manifests.definitions, configuration: configuration,
                resources: manifests.staticFiles.map(MCPResource.init(staticFile:)), logger: logger)
            let pipeline = RequestPipeline(
                routes: RouteTable(endpoints: endpoints, staticFiles: manifests.staticFiles), configuration: configuration,
                errorHandler: errorHandler, logger: logger, specialRoutes: specialRoutes)
            return LoadedGateway(pipeline: pipeline)
        case .success:
            throw GatewayLoadError(diagnostics: errors, mismatches: [])
        case .failure(let mismatch):
            throw GatewayLoadError(diagnostics: errors, mismatches: mismatch.mismatches)
        }
    }
}

/// A gateway whose manifests and closures matched: an immutable request pipeline that can be
/// served standalone or mounted into a Hummingbird application.
public struct LoadedGateway: Sendable {
    let pipeline: RequestPipeline

    /// The configuration it serves with.
    public var configuration: GatewayConfiguration { pipeline.configuration }
}
