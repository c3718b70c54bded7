import Foundation
import Hummingbird
import HTTPTypes
import InstantAPICore
import Logging

/// The request flow of a loaded gateway (upstream-gateway §2), from method gate to response.
/// Shared by every request; a class, so that capturing it costs one reference rather than a
/// copy of every field. Its routes are fixed, or swapped whole by a hot reload (``install(_:)``):
/// each request keeps the ``RouteSet`` it started with.
final class RequestPipeline: Sendable {
    static let supportedMethods: Set<String> = ["GET", "POST", "OPTIONS", "HEAD", "PUT", "DELETE"]

    private let routeSets: RouteSet.Source
    let configuration: GatewayConfiguration
    let factory: ResponseFactory
    let errorHandler: GatewayErrorHandler?
    let logger: Logger
    /// Whether `logger` writes debug lines, read once: asking the handler on every request
    /// copies it.
    private let logsDebug: Bool
    /// Where `_background` executions go (``GatewayConfiguration/Background/queue``).
    let backgroundQueue: any BackgroundQueue
    /// A request context for a stored execution a worker runs, when the gateway's context
    /// type can be made without a connection (``BackgroundRequestContext``).
    let makeBackgroundContext: @Sendable (BackgroundContextSource) -> (any RequestContext)?
    /// The request body bytes buffered by all requests in flight.
    let bodyBudget: ByteBudget
    /// The one timer behind every execution's timeout.
    let deadlines = DeadlineScheduler()
    /// The event streams a reconnect can resume.
    let streams: StreamRegistry

    /// - Parameter reloadable: whether ``install(_:)`` may swap the routes later.
    init(
        routes: RouteTable, configuration: GatewayConfiguration, errorHandler: GatewayErrorHandler?, logger: Logger,
        specialRoutes: SpecialRoutes = .none, docsPage: [UInt8]? = nil, definitions: [EndpointDefinition] = [],
        reloadable: Bool = false,
        makeBackgroundContext: @escaping @Sendable (BackgroundContextSource) -> (any RequestContext)? = { _ in nil }
    ) {
        let set = RouteSet(routes: routes, specialRoutes: specialRoutes, docsPage: docsPage, definitions: definitions)
        routeSets = reloadable ? .reloading(RouteSet.Slot(set)) : .fixed(set)
        self.configuration = configuration
        backgroundQueue = configuration.background.queue ?? InMemoryBackgroundQueue(limits: configuration.limits, background: configuration.background)
        self.makeBackgroundContext = makeBackgroundContext
        bodyBudget = ByteBudget(limit: configuration.limits.maxBufferedBodyBytes)
        streams = StreamRegistry(
            window: configuration.streaming.replayWindow, capacity: configuration.streaming.maxResumableStreams)
        self.factory = ResponseFactory(environment: configuration.environment)
        self.errorHandler = errorHandler
        self.logger = logger
        logsDebug = logger.logLevel <= .debug
    }

    /// Answers before the body is read: unsupported methods (501) and OPTIONS/HEAD (200, CORS
    /// headers only, for any path), or `nil` to go on.
    func preflight(method: String) -> OutgoingResponse? {
        guard Self.supportedMethods.contains(method) else {
            return factory.error(GatewayError(.serverError, "HTTP Method \"\(method)\" Not Implemented"))
        }
        if method == "OPTIONS" || method == "HEAD" { return OutgoingResponse(status: 200) }
        return nil
    }

    /// 413: the body is larger than `maxRequestSize`.
    func payloadTooLarge() -> OutgoingResponse {
        let megabytes = JSONValue.number(Double(configuration.maxRequestSize) / 1_048_576).jsonString()
        return factory.error(GatewayError(.clientError, "Function Payload Exceeded, Max Size \(megabytes)MB", status: 413))
    }

    /// 503: the gateway holds as much work or memory as its limits allow; `Retry-After` asks
    /// the client to come back in a second.
    func serviceUnavailable(_ message: String) -> OutgoingResponse {
        var response = factory.error(GatewayError(.serviceUnavailableError, message))
        response.headers.set("retry-after", "1")
        return response
    }

    /// 400: a DELETE request with a body.
    func deleteWithBody() -> OutgoingResponse {
        factory.error(
            GatewayError(
                .clientError,
                "A client SHOULD NOT generate content in a DELETE request. See RFC 9110, 9.3.5 DELETE (June 2022) for more details."
            ))
    }

    /// The routes requests start with now.
    var current: RouteSet {
        switch routeSets {
        case .fixed(let set): set
        case .reloading(let slot): slot.current
        }
    }

    var routes: RouteTable { current.routes }
    /// `server.mcp` and `.well-known/*`.
    var specialRoutes: SpecialRoutes { current.specialRoutes }

    /// Swaps in the routes of a reload; requests in flight finish on theirs. Ignored unless
    /// the pipeline was made reloadable.
    func install(_ set: RouteSet) {
        if case .reloading(let slot) = routeSets { slot.install(set) }
    }

    /// Routes, parses, validates, executes and maps one request with its body.
    func handle(_ request: IncomingRequest) async -> OutgoingResponse {
        let name = String(RouteTable.routeName(ofPath: request.routePathname))
        let set = current
        let routes = set.routes
        // Exact function and static routes first, then MCP, well-known and docs, then the not-found walk.
        if !routes.hasRoute(name) {
            if let special = await set.specialRoutes.response(for: name, request: request, pipeline: self) { return special }
            if name == "docs", let docsPage = set.docsPage, request.method == "GET" {
                var headers = HeaderBag()
                headers.set("content-type", "text/html; charset=utf-8")
                return OutgoingResponse(status: 200, headers: headers, body: docsPage)
            }
        }
        switch routes.lookup(name, method: request.method) {
        case .found(let endpoint):
            if let redirect = redirect(request) { return redirect }
            return await execute(endpoint, request: request, name: name)
        case .staticFile(let file):
            if let redirect = redirect(request) { return redirect }
            return await serveStatic(file, request: request, name: name, cache: routes.staticCache)
        case .notImplemented(let routeName):
            return factory.error(GatewayError(.serverError, "\"\(ValueEcho.preview(routeName))\": \(request.method) Not Implemented"))
        case .notFound:
            return factory.error(GatewayError(.notFoundError, "\"\(ValueEcho.preview(name))\" Not Found"))
        }
    }

    /// Runs a function route (`name` is the requested route name): `@origin`, parameters,
    /// the execution mode (`_debug`, `_background`, `_stream`), then the closure under the
    /// timeout with its result mapped to a response, an event stream or an immediate 202.
    func execute(_ endpoint: Endpoint, request: IncomingRequest, name: String) async -> OutgoingResponse {
        let uuid = ExecutionID.make()
        var headers = HeaderBag()
        headers.set("x-execution-uuid", uuid)
        if let origins = endpoint.definition.origins {
            let origin = request.header(.origin)
            guard let origin, origins.contains(origin) else {
                headers.set("access-control-allow-origin", "!")
                let message = "Provided origin \"\(origin ?? "undefined")\" can not access this resource"
                return factory.error(GatewayError(.originError, message), headers: headers)
            }
            headers.set("access-control-allow-origin", origin)
        }

        let context: Invocation
        switch invocation(of: endpoint, request: request, alias: name, uuid: uuid) {
        case .success(let made): context = made
        case .failure(let error): return factory.error(error)
        }

        let mode: ExecutionMode
        switch ExecutionModeSelector.select(
            params: context.params, definition: endpoint.definition,
            debugAllowed: !configuration.environment.isProduction, headers: &headers)
        {
        case .success(let selected): mode = selected
        case .failure(let error): return factory.error(error, headers: headers)
        }

        switch mode {
        case .plain:
            return await run(endpoint, context: context, headers: headers, factory: factory)
        case .background(let background):
            return await startBackground(background, endpoint: endpoint, context: context, headers: headers)
        case .events where request.header(named: "last-event-id") != nil:
            let lastEventID = request.header(named: "last-event-id") ?? ""
            return resumeStream(after: lastEventID, endpoint: endpoint, headers: headers, request: request)
        case .events(let options):
            return eventStream(
                options, endpoint: endpoint, context: context, headers: headers,
                requestedHeaders: request.header(.accessControlRequestHeaders))
        }
    }

    /// Runs the closure under the timeout and maps its outcome; failures that are the
    /// service's fault go to the log and the error handler.
    func run(
        _ endpoint: Endpoint, context: Invocation, headers: HeaderBag, factory: ResponseFactory
    ) async -> OutgoingResponse {
        await runReporting(endpoint, context: context, headers: headers, factory: factory).response
    }

    /// ``run(_:context:headers:factory:)`` with the failure, if the execution failed.
    func runReporting(
        _ endpoint: Endpoint, context: Invocation, headers: HeaderBag, factory: ResponseFactory
    ) async -> (response: OutgoingResponse, failure: GatewayError?) {
        let handler = endpoint.handler
        let start = ContinuousClock.now
        let outcome = await TimedExecution.run(timeout: configuration.timeout, deadlines: deadlines) { try await handler(context) }
        let (response, failure, underlying) = ResultMapper(factory: factory).response(
            for: outcome, endpoint: endpoint, headers: headers, timeout: configuration.timeout)
        let elapsed = ContinuousClock.now - start
        endpoint.metrics.record(duration: elapsed, errorType: failure?.kind.rawValue)
        if logsDebug {
            logger.debug(
                "Execution Complete (\(ResultMapper.milliseconds(elapsed))ms): \(context.alias)",
                metadata: ["execution-uuid": .string(context.uuid)])
        }
        if let failure, failure.kind.reachesErrorHandler, !Task.isCancelled {
            report(failure, endpoint: endpoint.definition.name, uuid: context.uuid, underlying: underlying)
        }
        return (response, failure)
    }

    /// What `endpoint`'s closure gets for `request`: its parameters parsed and validated, the
    /// magic ones (`_stream`, `_background`, …) taken out; an HTTP request's and a stored
    /// background execution's alike.
    func invocation(
        of endpoint: Endpoint, request: IncomingRequest, alias: String, uuid: String
    ) -> Result<Invocation, GatewayError> {
        parameters(of: request, validator: endpoint.validator).map { parsed in
            var params = parsed.params
            ModeSwitch.parseMagicParameters(&params)
            return Invocation(
                name: endpoint.definition.name, alias: alias, params: params, remoteAddress: remoteAddress(of: request),
                uuid: uuid, request: request, json: parsed.json, events: DroppingEventSink(validator: endpoint.streamValidator))
        }
    }

    /// Query and body parsed, merged and validated (ParameterParseError, ParameterError), with
    /// the body's JSON document for `context.http.json`.
    func parameters(
        of request: IncomingRequest, validator: ParameterValidator
    ) -> Result<(params: JSONObject, json: JSONValue?), GatewayError> {
        let merged: RequestParameters
        let json: JSONValue?
        do {
            let query = try QueryStringParser.parse(request.query ?? "")
            let body = try BodyParser.parse(
                method: request.method, contentType: request.header(.contentType), body: request.body,
                convertStrings: request.header(named: "x-convert-strings") != nil)
            merged = try RequestParameters.merge(query: query, body: body)
            json = body.json
        } catch {
            return .failure(GatewayError(.parameterParseError, error.message))
        }
        return validator.validate(merged)
            .map { (params: $0, json: json) }
            .mapError { GatewayError(.parameterError, $0.message, details: .object($0.details)) }
    }

    /// The 302 for a GET with a User-Agent whose path lacks its trailing slash (§3.5); not for
    /// event streams, whose clients (`EventSource`, httpx-sse) do not follow it.
    private func redirect(_ request: IncomingRequest) -> OutgoingResponse? {
        let pathname = request.pathname
        guard request.method == "GET", let agent = request.header(.userAgent), !agent.isEmpty,
            !pathname.hasSuffix("/"), !Self.asksForEvents(request.query)
        else { return nil }
        let lastSegment = pathname.lastIndex(of: "/").map { pathname[pathname.index(after: $0)...] } ?? pathname
        guard !lastSegment.contains(".") else { return nil }
        let location = "\(pathname)/" + (request.query.map { "?\($0)" } ?? "")
        return factory.redirect(location: location, host: request.host ?? "")
    }

    /// Whether a query names `_stream` or `_debug` (`_stream`, `_stream=…`, `_stream[chunk]=…`).
    static func asksForEvents(_ query: Substring?) -> Bool {
        guard let query, query.contains("_stream") || query.contains("_debug") else { return false }
        return query.split(separator: "&").contains { pair in
            let key = pair.prefix { $0 != "=" && $0 != "[" && $0 != "." }
            return key == "_stream" || key == "_debug"
        }
    }

    private func remoteAddress(of request: IncomingRequest) -> String {
        if let forwarded = request.header(named: "x-forwarded-for"), let first = forwarded.split(separator: ",").first {
            return first.trimmingCharacters(in: .whitespaces)
        }
        return request.peerAddress ?? ""
    }

    /// Logs a failure that is the service's fault and hands it to the error handler.
    func report(_ error: GatewayError, endpoint: String, uuid: String, underlying: (any Error)?) {
        logger.error(
            "\(error.kind.rawValue): \(error.message)",
            metadata: ["execution-uuid": .string(uuid), "endpoint": .string(endpoint)])
        errorHandler?(
            GatewayErrorEvent(
                type: error.kind.rawValue, message: error.message, details: error.details,
                endpoint: endpoint, uuid: uuid, underlying: underlying))
    }
}

