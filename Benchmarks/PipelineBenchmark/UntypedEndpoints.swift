import Foundation
import HelloAPIEndpoints
import Hummingbird
import InstantAPI

// The two measured endpoints the ways a closure could be written before the generated API:
// `decode` through `context.decode` and an `Encodable` result (JSONValueDecoder/Encoder, the
// result checked against `@returns`), `params` reading `context.params` by hand. Each serves
// a copy of functions/bench/ (typed.mjs and order.mjs) so the routes are the example's own.

struct DecodedProfileQuery: Decodable {
    let name: String
    let age: Double
    let tags: [String]
}

struct DecodedProfile: Encodable, Sendable {
    let name: String
    let age: Double
    let tags: [String]
    let tagCount: Int
}

struct DecodedOrderRequest: Decodable {
    struct Order: Decodable {
        struct Item: Decodable {
            let sku: String
            let price: Double
        }
        let id: String
        let qty: Int
        let items: [Item]
    }
    let order: Order
}

struct DecodedPlacedOrder: Encodable, Sendable {
    let id: String
    let lines: Int
    let total: Double
}

enum UntypedStyle: String {
    case decode, params
}

/// A gateway over `root` (holding a copy of functions/bench/{typed,order}.mjs) with the
/// benchmark endpoints written in `style`.
func untypedGateway(style: UntypedStyle, root: String) throws -> LoadedGateway<BenchmarkContext> {
    let gateway = Gateway(context: BenchmarkContext.self, configuration: helloAPIConfiguration(environment: "production"))
    switch style {
    case .decode:
        gateway.register("bench/typed", method: .get) { context in
            let query = try context.decode(DecodedProfileQuery.self)
            return DecodedProfile(name: query.name, age: query.age, tags: query.tags, tagCount: query.tags.count)
        }
        gateway.register("bench/order", method: .post) { context in
            let order = try context.decode(DecodedOrderRequest.self).order
            let sum = order.items.reduce(0.0) { $0 + $1.price }
            return DecodedPlacedOrder(id: order.id, lines: order.items.count, total: sum * Double(order.qty))
        }
    case .params:
        gateway.register("bench/typed", method: .get) { context in
            let tags = context.params["tags"]?.arrayValue?.compactMap(\.stringValue) ?? []
            return DecodedProfile(
                name: context.params["name"]?.stringValue ?? "", age: context.params["age"]?.numberValue ?? 0,
                tags: tags, tagCount: tags.count)
        }
        gateway.register("bench/order", method: .post) { context in
            let order = context.params["order"]
            let items = order?["items"]?.arrayValue ?? []
            let sum = items.reduce(0.0) { $0 + ($1["price"]?.numberValue ?? 0) }
            return DecodedPlacedOrder(
                id: order?["id"]?.stringValue ?? "", lines: items.count, total: sum * (order?["qty"]?.numberValue ?? 0))
        }
    }
    return try gateway.load(root: root)
}

/// A root with the example's two measured manifests and nothing else.
func benchmarkManifestsRoot(from repository: String) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-benchmark-\(getpid())")
    let bench = root.appendingPathComponent("functions/bench")
    try FileManager.default.createDirectory(at: bench, withIntermediateDirectories: true)
    for name in ["typed.mjs", "order.mjs"] {
        let target = bench.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: repository).appendingPathComponent("functions/bench/\(name)"), to: target)
    }
    return root.path
}
