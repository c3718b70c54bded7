import Foundation
import HTTPTypes
import Hummingbird
import InstantAPI
import NIOCore
import Logging

// Experiment: gateway work per request without the network.
struct Profile: Encodable, Sendable { let name: String; let age: Double; let tags: [String]; let tagCount: Int }
struct Placed: Encodable, Sendable { let id: String; let lines: Int; let total: Double }

let repo = FileManager.default.currentDirectoryPath
let root = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-benchmark-\(getpid())")
try FileManager.default.createDirectory(at: root.appendingPathComponent("functions/bench"), withIntermediateDirectories: true)
for file in ["hello.mjs", "bench/typed.mjs", "bench/order.mjs"] {
    try FileManager.default.copyItem(atPath: "\(repo)/functions/\(file)", toPath: root.appendingPathComponent("functions/\(file)").path)
}
let gateway = Gateway(configuration: GatewayConfiguration(name: "PipelineBenchmark", environment: .production))
gateway.register("hello", method: nil) { context -> EndpointResponse in
    .string("hello \(context.params["name"]?.stringValue ?? "world")")
}
gateway.register("bench/typed", method: .GET) { context in
    let tags = context.params["tags"]?.arrayValue?.compactMap(\.stringValue) ?? []
    return Profile(name: context.params["name"]?.stringValue ?? "", age: context.params["age"]?.numberValue ?? 0, tags: tags, tagCount: tags.count)
}
gateway.register("bench/order", method: .POST) { context in
    let order = context.params["order"]
    let items = order?["items"]?.arrayValue ?? []
    let sum = items.reduce(0.0) { $0 + ($1["price"]?.numberValue ?? 0) }
    return Placed(id: order?["id"]?.stringValue ?? "", lines: items.count, total: sum * (order?["qty"]?.numberValue ?? 0))
}
let loaded = try gateway.load(root: root.path)
struct Ctx: RequestContext {
    struct Source: RequestContextSource { var logger: Logger }
    var coreContext: CoreRequestContextStorage
    init(source: Source) { coreContext = .init(source: source) }
}
let gatewayResponder = loaded.responder(context: Ctx.self)
/// The floor: a hand-written responder answering with the same headers and a fixed body.
struct FloorResponder: HTTPResponder {
    typealias Context = Ctx
    func respond(to request: Request, context: Ctx) async throws -> Response {
        var fields = HTTPFields()
        fields.reserveCapacity(8)
        fields.append(HTTPField(name: HTTPField.Name("X-Execution-Uuid")!, value: "8c8e3c3e-4f7e-4a8e-9d8e-3c3e4f7e4a8e"))
        fields.append(HTTPField(name: HTTPField.Name("X-Instant-Api")!, value: "true"))
        fields.append(HTTPField(name: .accessControlAllowOrigin, value: "*"))
        fields.append(HTTPField(name: .accessControlAllowMethods, value: "GET, POST, OPTIONS, HEAD, PUT, DELETE"))
        fields.append(HTTPField(name: .accessControlAllowHeaders, value: ""))
        fields.append(HTTPField(name: .accessControlExposeHeaders, value: "x-execution-uuid, x-instant-api"))
        fields.append(HTTPField(name: .contentType, value: "application/json"))
        return Response(status: .ok, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: "\"hello bench\"")))
    }
}
let floorResponder = FloorResponder()
let orderBody = Array(#"{"order":{"id":"A-1001","qty":3,"items":[{"sku":"sku-1","price":9.99},{"sku":"sku-2","price":0.5},{"sku":"sku-3","price":120}]}}"#.utf8)
func request(_ ep: String) -> Request {
    var fields: HTTPFields = [:]
    switch ep {
    case "hello": return Request(head: HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1:8080", path: "/hello?name=bench", headerFields: fields), body: RequestBody(buffer: ByteBuffer()))
    case "typed": return Request(head: HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1:8080", path: "/bench/typed?name=alice&age=42&tags=alpha&tags=beta&tags=gamma", headerFields: fields), body: RequestBody(buffer: ByteBuffer()))
    default:
        fields[.contentType] = "application/json"; fields[.contentLength] = String(orderBody.count)
        return Request(head: HTTPRequest(method: .post, scheme: "http", authority: "127.0.0.1:8080", path: "/bench/order", headerFields: fields), body: RequestBody(buffer: ByteBuffer(bytes: orderBody)))
    }
}
let logger = Logger(label: "bench")
let n = ProcessInfo.processInfo.environment["N"].flatMap(Int.init) ?? 200_000
let eps = (ProcessInfo.processInfo.environment["EPS"] ?? "floor hello typed order").split(separator: " ").map(String.init)
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}
let workers = ProcessInfo.processInfo.environment["C"].flatMap(Int.init) ?? 32
for ep in eps {
    var best = Double.infinity
    for round in 0..<6 {
        let start = ContinuousClock.now
        let cpu0 = cpuSeconds()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<workers {
                group.addTask {
                    for _ in 0..<(n / workers) {
                        if ep == "floor" {
                            _ = try? await floorResponder.respond(to: request("hello"), context: Ctx(source: .init(logger: logger)))
                        } else {
                            _ = try? await gatewayResponder.respond(to: request(ep), context: Ctx(source: .init(logger: logger)))
                        }
                    }
                }
            }
        }
        let cpu = cpuSeconds() - cpu0
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if round > 0 { best = min(best, cpu * 1e9 / Double(n)) }
        _ = seconds
    }
    print("\(ep): \(Int(best)) ns CPU/request (best of 5)")
}
try? FileManager.default.removeItem(at: root)
