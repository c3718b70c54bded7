import Hummingbird
import InstantAPI

// The endpoints `Benchmarks/run.sh` measures against the hand-written baseline
// (`Benchmarks/Baseline`); their manifests are functions/bench/*.mjs.

struct BenchmarkProfile: Encodable, Sendable {
    let name: String
    let age: Double
    let tags: [String]
    let tagCount: Int
}

struct BenchmarkPlacedOrder: Encodable, Sendable {
    let id: String
    let lines: Int
    let total: Double
}

struct BenchmarkTick: Encodable, Sendable {
    let index: Int
    let label: String
}

/// Registers the closures of functions/bench/: a typed GET, a nested JSON POST and a stream of
/// ten events. They read `context.params` directly: the gateway has validated and converted them.
func registerBenchmarkEndpoints<Context: RequestContext>(on gateway: Gateway<Context>) {
    gateway.register("bench/typed", method: .get) { context in
        let tags = context.params["tags"]?.arrayValue?.compactMap(\.stringValue) ?? []
        return BenchmarkProfile(
            name: context.params["name"]?.stringValue ?? "",
            age: context.params["age"]?.numberValue ?? 0,
            tags: tags, tagCount: tags.count)
    }

    gateway.register("bench/order", method: .post) { context in
        let order = context.params["order"]
        let items = order?["items"]?.arrayValue ?? []
        let sum = items.reduce(0.0) { $0 + ($1["price"]?.numberValue ?? 0) }
        return BenchmarkPlacedOrder(
            id: order?["id"]?.stringValue ?? "", lines: items.count,
            total: sum * (order?["qty"]?.numberValue ?? 0))
    }

    gateway.register("bench/events", method: .get) { context in
        for index in 0..<10 {
            try await context.stream("tick", BenchmarkTick(index: index, label: "tick \(index)"))
        }
        return 10
    }
}
