import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import InMemoryTracing
import InstantAPI
import Logging
import Metrics
import MetricsTestKit
import Synchronization
import Testing
import Tracing

/// The process-wide metrics and tracing backends: each system can be bootstrapped once.
enum Observability {
    static let metrics: TestMetrics = {
        let metrics = TestMetrics()
        MetricsSystem.bootstrap(metrics)
        return metrics
    }()

    static let tracer: InMemoryTracer = {
        let tracer = InMemoryTracer()
        InstrumentationSystem.bootstrap(tracer)
        return tracer
    }()
}

/// Collects the lines logged through it.
final class CapturedLog: Sendable {
    private let lines = Mutex<[(Logger.Level, String, Logger.Metadata)]>([])

    var all: [(level: Logger.Level, message: String, metadata: Logger.Metadata)] { lines.withLock { $0 } }

    func handler(label: String) -> any LogHandler { Handler(log: self) }

    struct Handler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            var all = metadata
            for (key, value) in event.metadata ?? [:] { all[key] = value }
            log.lines.withLock { $0.append((event.level, "\(event.message)", all)) }
        }
    }
}

/// The gateway's closures and errors as a Hummingbird app sees them: its middleware on the
/// gateway's routes, its errors, its result types.
@Suite("A Hummingbird citizen")
struct HummingbirdCitizenTests {
    static func makeGateway() throws -> LoadedGateway<GatewayRequestContext> {
        let gateway = Gateway(configuration: GatewayConfiguration(name: "citizen"))
        gateway.register("hello", method: nil) { context in
            context.log("greeting")
            return "hello \(context.params["name"]?.stringValue ?? "")"
        }
        gateway.register("forbidden", method: nil) { (_: EndpointContext<GatewayRequestContext>) async throws -> EndpointResponse in
            throw HTTPError(.forbidden, message: "not you")
        }
        gateway.register("created", method: .post) { _ in
            EndpointResponse.json(["id": "a1"]).with(status: .created, headers: [.location: "/items/a1"])
        }
        gateway.register("mocked", method: nil) { _ in EndpointResponse.value(["_base64": "bG9s"]) }
        return try gateway.load(root: try Fixture.root("citizen"))
    }

    @Test func hummingbirdsMiddlewareSeesGatewayRoutes() async throws {
        let metrics = Observability.metrics
        let tracer = Observability.tracer
        let log = CapturedLog()
        let loaded = try Self.makeGateway()
        let router = Router(context: GatewayRequestContext.self)
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: TracingMiddleware())
        router.addRoutes(loaded.routes(), atPath: "/api")
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            logger: Logger(label: "app", factory: log.handler))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let hello = try await RawHTTPClient.request(port: port, "GET", "/api/hello/?name=x")
            #expect(hello.bodyText == "\"hello x\"")
            let forbidden = try await RawHTTPClient.request(port: port, "GET", "/api/forbidden/")
            #expect(forbidden.statusLine == "HTTP/1.1 403 Forbidden")
        }
        // LogRequestsMiddleware logged the request; `context.log` went to the same request
        // logger, with Hummingbird's request id and the execution id.
        let lines = log.all
        #expect(lines.contains { $0.message == "Request" && "\($0.metadata["hb.request.path"] ?? "")".hasPrefix("/api/hello/") })
        let greeting = try #require(lines.first { $0.message == "greeting" })
        #expect(greeting.metadata["hb.request.id"] != nil)
        #expect(greeting.metadata["execution-uuid"] != nil)
        // MetricsMiddleware counted the request under the mounted route's path.
        let requests = try metrics.expectCounter(
            "hb.requests", [("http.route", "/api/**"), ("http.request.method", "GET"), ("http.response.status_code", "200")])
        #expect(requests.totalValue >= 1)
        // The gateway's own execution metrics, by endpoint.
        #expect(try metrics.expectCounter("instantapi.executions", [("endpoint", "hello"), ("outcome", "success")]).totalValue >= 1)
        #expect(try metrics.expectTimer("instantapi.execution.duration", [("endpoint", "hello")]).values.count >= 1)
        #expect(
            try metrics.expectCounter("instantapi.execution.errors", [("endpoint", "forbidden"), ("type", "ForbiddenError")])
                .totalValue >= 1)
        // TracingMiddleware made a span for the gateway's request.
        #expect(tracer.finishedSpans.contains { $0.operationName == "/api/**" })
    }

    @Test func aThrownHTTPResponseErrorKeepsItsStatus() async throws {
        try await Self.makeGateway().withTestClient(.inProcess) { client in
            let response = try await client.get("/forbidden/")
            #expect(response.status == .forbidden)
            let error = try response.json["error"]
            #expect(error?["type"] == "ForbiddenError")
            #expect(error?["message"] == "not you")
        }
    }

    @Test func endpointErrorThrownOutsideTheGatewayIsAnsweredByHummingbird() async throws {
        let router = Router()
        router.get("guarded") { _, _ -> String in throw EndpointError.rateLimited("slow down") }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let response = try await RawHTTPClient.request(port: try #require(client.port), "GET", "/guarded")
            #expect(response.statusLine == "HTTP/1.1 429 Too Many Requests")
            #expect(response.bodyText == #"{"error":{"type":"RateLimitError","message":"slow down"}}"#)
        }
    }

    @Test func aTypedValueTakesAStatusAndHeaders() async throws {
        try await Self.makeGateway().withTestClient(.inProcess) { client in
            let response = try await client.post("/created/", json: [:])
            #expect(response.status == .created)
            #expect(response.headers[.location] == "/items/a1")
            #expect(try response.json == ["id": "a1"])
            #expect(response.headers[.contentType] == "application/json")
        }
    }

    @Test func aTopLevelMockedBufferIsSentAsBytes() async throws {
        try await Self.makeGateway().withTestClient(.inProcess) { client in
            let response = try await client.get("/mocked/")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/octet-stream")
            #expect(response.text == "lol")
        }
    }
}
