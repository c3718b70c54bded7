import Hummingbird
import InstantAPI

// The endpoints `Benchmarks/run.sh` measures against the hand-written baseline
// (`Benchmarks/Baseline`); their manifests are functions/bench/*.mjs. The generated code hands
// them the validated parameters as Swift values and sends their results without an encoder.

extension HelloAPI {
    func getBenchTyped(name: String, age: Double, tags: [String], context: EndpointContext<Context>) async throws
        -> Operations.GetBenchTyped.Result
    {
        .init(name: name, age: age, tags: tags, tagCount: tags.count)
    }

    func postBenchOrder(order: Operations.PostBenchOrder.Order, context: EndpointContext<Context>) async throws
        -> Operations.PostBenchOrder.Result
    {
        let sum = order.items.reduce(0.0) { $0 + $1.price }
        return .init(id: order.id, lines: order.items.count, total: sum * Double(order.qty))
    }

    func getBenchEvents(context: StreamingContext<Context, Operations.GetBenchEvents.Event>) async throws
        -> Operations.GetBenchEvents.Result
    {
        for index in 0..<10 {
            try await context.stream(.tick(.init(index: index, label: "tick \(index)")))
        }
        return 10
    }
}
