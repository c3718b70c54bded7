import Foundation
import HTTPTypes
import HelloAPIEndpoints
import Hummingbird
import InstantAPI
import Logging
import NIOCore

// The gateway's own work per request, without sockets: the example gateway (HelloAPI over this
// repository's functions/) answers requests handed straight to its Hummingbird responder, and
// the process's CPU time is divided by the number of requests. `floor` is a hand-written
// responder sending the same headers, so `endpoint - floor` is what the gateway adds. Steadier
// than wrk on a small shared machine, and a clean process to `perf record`.
//
// `typed` and `order` run through the example's generated API (Operations.*, the types of
// functions/bench/), `*-decode` through `context.decode` + an `Encodable` result, `*-params`
// reading `context.params` by hand (UntypedEndpoints.swift), and `*-baseline` through the
// hand-written Hummingbird routes of Benchmarks/Baseline (linked in Baseline/): the same work,
// side by side in one process.
//
// Run from the repository root:
//   swift build -c release --product PipelineBenchmark && .build/release/PipelineBenchmark
// Settings: REQUESTS=200000 per round, CONCURRENCY=4 tasks, ROUNDS=5 (the best is shown),
// ENDPOINTS="floor hello typed typed-decode typed-params typed-baseline order order-decode
// order-params order-baseline".

let environment = ProcessInfo.processInfo.environment
let requestCount = environment["REQUESTS"].flatMap(Int.init) ?? 200_000
let concurrency = max(1, environment["CONCURRENCY"].flatMap(Int.init) ?? 4)
let rounds = max(1, environment["ROUNDS"].flatMap(Int.init) ?? 5)
let defaultEndpoints =
    "floor hello typed typed-decode typed-params typed-baseline order order-decode order-params order-baseline"
let endpoints = (environment["ENDPOINTS"] ?? defaultEndpoints).split(separator: " ").map(String.init)

let gateway = Gateway(context: BenchmarkContext.self, configuration: helloAPIConfiguration(environment: "production"))
registerHelloAPIEndpoints(on: gateway)
let loaded: LoadedGateway<BenchmarkContext>
do {
    loaded = try gateway.load(root: FileManager.default.currentDirectoryPath)
} catch {
    FileHandle.standardError.write(Data("Run from the repository root: \(error)\n".utf8))
    exit(1)
}
let untyped: [UntypedStyle: LoadedGateway<BenchmarkContext>]
do {
    let root = try benchmarkManifestsRoot(from: FileManager.default.currentDirectoryPath)
    untyped = [
        .decode: try untypedGateway(style: .decode, root: root), .params: try untypedGateway(style: .params, root: root),
    ]
} catch {
    FileHandle.standardError.write(Data("The untyped gateways did not load: \(error)\n".utf8))
    exit(1)
}
let baselineResponses = BaselineResponses(pretty: false)

struct BenchmarkContext: RequestContext {
    struct Source: RequestContextSource {
        var logger: Logger
    }
    var coreContext: CoreRequestContextStorage
    init(source: Source) { coreContext = .init(source: source) }
}

/// What a hand-written Hummingbird handler costs: the gateway's header block and a fixed body.
struct FloorResponder: HTTPResponder {
    static let executionUUID = HTTPField.Name("X-Execution-Uuid") ?? .contentType
    static let instantAPI = HTTPField.Name("X-Instant-Api") ?? .contentType

    func respond(to request: Request, context: BenchmarkContext) async throws -> Response {
        var fields = HTTPFields()
        fields.reserveCapacity(8)
        fields.append(HTTPField(name: Self.executionUUID, value: "8c8e3c3e-4f7e-4a8e-9d8e-3c3e4f7e4a8e"))
        fields.append(HTTPField(name: Self.instantAPI, value: "true"))
        fields.append(HTTPField(name: .accessControlAllowOrigin, value: "*"))
        fields.append(HTTPField(name: .accessControlAllowMethods, value: "GET, POST, OPTIONS, HEAD, PUT, DELETE"))
        fields.append(HTTPField(name: .accessControlAllowHeaders, value: ""))
        fields.append(HTTPField(name: .accessControlExposeHeaders, value: "x-execution-uuid, x-instant-api"))
        fields.append(HTTPField(name: .contentType, value: "application/json"))
        return Response(status: .ok, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: "\"hello bench\"")))
    }
}

/// The requests `Benchmarks/run.sh` sends with wrk (no User-Agent, so no trailing-slash redirect).
let orderBody = ByteBuffer(
    string: #"{"order":{"id":"A-1001","qty":3,"items":[{"sku":"sku-1","price":9.99},{"sku":"sku-2","price":0.5},{"sku":"sku-3","price":120}]}}"#)

func request(for endpoint: String) -> Request {
    func get(_ path: String) -> Request {
        Request(
            head: HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1", path: path, headerFields: [:]),
            body: RequestBody(buffer: ByteBuffer()))
    }
    switch endpoint.split(separator: "-").first.map(String.init) ?? endpoint {
    // An 80 KB path of 40,000 segments through the not-found walk (linear since the walk
    // starts at the deepest not-found handler): REQUESTS=200 ENDPOINTS=notfound.
    case "notfound": return get("/" + String(repeating: "a/", count: 40_000))
    case "typed": return get("/bench/typed?name=alice&age=42&tags=alpha&tags=beta&tags=gamma")
    case "order":
        let fields: HTTPFields = [.contentType: "application/json", .contentLength: String(orderBody.readableBytes)]
        return Request(
            head: HTTPRequest(method: .post, scheme: "http", authority: "127.0.0.1", path: "/bench/order", headerFields: fields),
            body: RequestBody(buffer: orderBody))
    default: return get("/hello?name=bench")
    }
}

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
}

/// The responder of one benchmark row: `floor`, a baseline route, or one of the gateways.
func respond(_ endpoint: String, _ request: Request, _ context: BenchmarkContext, gateway: some HTTPResponder<BenchmarkContext>)
    async throws -> Response
{
    switch endpoint {
    case "floor": return try await FloorResponder().respond(to: request, context: context)
    case "typed-baseline": return BaselineRoutes.typed(request, baselineResponses)
    case "order-baseline": return try await BaselineRoutes.order(request, baselineResponses)
    default: return try await gateway.respond(to: request, context: context)
    }
}

/// Answers `requestCount` requests with `concurrency` tasks; the CPU nanoseconds per request.
func measure(_ endpoint: String) async -> Double {
    let style = endpoint.split(separator: "-").last.flatMap { UntypedStyle(rawValue: String($0)) }
    let gatewayResponder = (style.flatMap { untyped[$0] } ?? loaded).responder()
    let logger = Logger(label: "PipelineBenchmark")
    let start = cpuSeconds()
    await withTaskGroup(of: Void.self) { group in
        for _ in 0..<concurrency {
            group.addTask {
                for _ in 0..<(requestCount / concurrency) {
                    let context = BenchmarkContext(source: .init(logger: logger))
                    let request = request(for: endpoint)
                    _ = try? await respond(endpoint, request, context, gateway: gatewayResponder)
                }
            }
        }
    }
    return (cpuSeconds() - start) * 1e9 / Double(requestCount)
}

print("CPU per request, in process (best of \(rounds) rounds of \(requestCount), \(concurrency) tasks)")
var results: [String: Double] = [:]
for endpoint in endpoints {
    _ = await measure(endpoint)  // warm-up
    var best = Double.infinity
    for _ in 0..<rounds { best = min(best, await measure(endpoint)) }
    results[endpoint] = best
    print("\(endpoint.padding(toLength: 15, withPad: " ", startingAt: 0)) \(String(format: "%7.0f", best)) ns")
}

// The generated API next to the untyped closures and the hand-written baseline.
let columns = ["", "-decode", "-params", "-baseline"]
for name in ["typed", "order"] where columns.contains(where: { results[name + $0] != nil }) {
    if name == "typed" { print("\nns/request      generated   decode   params  baseline") }
    let cells = columns.map { results[name + $0].map { String(format: "%8.0f", $0) } ?? "       -" }
    print("\(name.padding(toLength: 15, withPad: " ", startingAt: 0))\(cells.joined(separator: " "))")
}
