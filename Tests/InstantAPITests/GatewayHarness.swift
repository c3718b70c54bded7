import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import InstantAPI
import InstantAPICore
import Synchronization
import Testing

/// The fixture trees under `Fixtures/`.
enum Fixture {
    static func root(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return url.appendingPathComponent(name).path
    }
}

struct Sum: Decodable {
    var a: Double
    var b: Double
    var c: Double
}

struct NotFoundEcho: Encodable {
    var name: String
    var alias: String
    var path: [String]
}

struct ContextEcho: Encodable {
    var name: String
    var alias: String
    var path: [String]
    var remoteAddress: String
    var uuid: String
    var url: String
    var method: String
    var test: String?
    var json: JSONValue?
    var when: Date
}

struct PlainFailure: Error, CustomStringConvertible {
    var description: String
}

/// Counts error-handler calls.
final class ErrorLog: Sendable {
    private let events = Mutex<[String]>([])
    func add(_ type: String) { events.withLock { $0.append(type) } }
    var all: [String] { events.withLock { $0 } }
}

/// Registers the closures of `Fixtures/basic`.
func makeBasicGateway(_ configuration: GatewayConfiguration, errors: ErrorLog? = nil) -> Gateway<GatewayRequestContext> {
    let gateway = Gateway(configuration: configuration)
    gateway.register("", method: nil) { _ in "root" }
    gateway.register("my_function", method: nil) { context in
        let sum = try context.decode(Sum.self)
        return sum.a + sum.b + sum.c
    }
    gateway.register("reflect", method: nil) { context in JSONValue.object(context.params) }
    gateway.register("esm/missing_method", method: .get) { context in context.params["str"]?.stringValue ?? "" }
    gateway.register("esm/missing_method", method: .post) { context in context.params["str"]?.stringValue ?? "" }
    gateway.register("test:notfound", method: nil) { context in
        NotFoundEcho(name: context.name, alias: context.alias, path: context.path)
    }
    gateway.register("runtime/thrown", method: nil) { (context: EndpointContext<GatewayRequestContext>) async throws -> EndpointResponse in
        switch context.params["kind"]?.stringValue {
        case "400": throw EndpointError.badRequest("bad", details: ["x": 1])
        case "404": throw PlainFailure(description: "404: string thrown")
        case "418": throw PlainFailure(description: "418: teapot")
        case "429": throw EndpointError.rateLimited("slow down")
        case "503": throw EndpointError(status: .serviceUnavailable, "unavailable")
        default: throw PlainFailure(description: "crap")
        }
    }
    gateway.register("runtime/slow", method: nil) { (_: EndpointContext<GatewayRequestContext>) async throws -> EndpointResponse in
        try await Task.sleep(for: .seconds(30))
        return .string("never")
    }
    gateway.register("http", method: nil) { context in
        switch context.params["kind"]?.stringValue {
        case "created":
            var fields = HTTPFields()
            fields.append(HTTPField(name: HTTPField.Name("X-Custom")!, value: "c"))
            fields.append(HTTPField(name: HTTPField.Name("X-Execution-Uuid")!, value: "mine"))
            return .http(status: .created, headers: fields, body: "created")
        case "json":
            return .http(headers: [.contentType: "application/json"], body: "{\"a\":1}")
        case "bad_headers":
            // Names HTTPFields refuses can still come back as an object.http value.
            return .value([
                "headers": ["Good-Header-Name": "good value", "x authorization key": "v", "weird!": "w"], "body": "x",
            ])
        case "empty":
            return .value([:])
        default:
            return .http(body: .bytes(Array("fix".utf8)))
        }
    }
    gateway.register("returns_bad", method: nil) { _ in "hello value" }
    gateway.register("buffer", method: nil) { _ in EndpointResponse.buffer(Array("lol".utf8), contentType: "image/png") }
    gateway.register("origin", method: nil) { _ in true }
    gateway.register("context", method: nil) { context in
        ContextEcho(
            name: context.name, alias: context.alias, path: context.path, remoteAddress: context.remoteAddress,
            uuid: context.uuid, url: context.request.uri.description, method: context.request.method.rawValue,
            test: context.request.headers[HTTPField.Name("x-test")!], json: context.json,
            when: Date(timeIntervalSince1970: 0))
    }
    gateway.register("http_any", method: nil) { context in
        EndpointResponse.http(status: .init(code: Int(context.params["status"]?.numberValue ?? 200)), body: "x")
    }
    gateway.register("mapped", method: nil) { (context: EndpointContext<GatewayRequestContext>) async throws -> EndpointResponse in
        let status = Int(context.params["status"]?.numberValue ?? 400)
        throw EndpointError(status: .init(code: status), "mapped \(status)", details: ["status": .number(Double(status))])
    }
    if let errors {
        gateway.setErrorHandler { event in errors.add(event.type) }
    }
    return gateway
}

/// Serves `Fixtures/basic` on a loopback port for the duration of `test`.
func withBasicGateway(
    _ configuration: GatewayConfiguration = GatewayConfiguration(), errors: ErrorLog? = nil,
    _ test: @escaping @Sendable (Int) async throws -> Void
) async throws {
    let gateway = makeBasicGateway(configuration, errors: errors)
    let loaded = try gateway.load(root: try Fixture.root("basic"))
    try await loaded.loopbackApplication().test(.live) { client in
        let port = try #require(client.port)
        try await test(port)
    }
}

extension LoadedGateway where Context == GatewayRequestContext {
    /// The standalone application on a free loopback port (`HummingbirdTesting`'s `.live`
    /// client finds it).
    func loopbackApplication() -> some ApplicationProtocol {
        application(configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }
}

/// The gateway's CORS block for a response without request headers.
let corsBlock = [
    "X-Instant-Api: true",
    "Access-Control-Allow-Origin: *",
    "Access-Control-Allow-Methods: GET, POST, OPTIONS, HEAD, PUT, DELETE",
    "Access-Control-Allow-Headers: ",
]

/// `Access-Control-Expose-Headers` of a response without an execution id.
let exposeWithoutUUID =
    "Access-Control-Expose-Headers: x-instant-api, access-control-allow-origin, access-control-allow-methods, access-control-allow-headers, x-execution-uuid"

/// `Access-Control-Expose-Headers` of a function response (the id listed once).
let exposeWithUUID =
    "Access-Control-Expose-Headers: x-execution-uuid, x-instant-api, access-control-allow-origin, access-control-allow-methods, access-control-allow-headers"
