import Foundation
import Hummingbird
import InstantAPI

// The example service's closures, one per manifest method of this repository's functions/.
// A library so that the server (Examples/HelloAPI/main.swift) and the in-process benchmark
// (Benchmarks/PipelineBenchmark) serve exactly the same gateway.

/// The example's configuration: `environment` is a `NODE_ENV` value (production gives compact
/// JSON without stacks, as the original).
public func helloAPIConfiguration(environment: String) -> GatewayConfiguration {
    GatewayConfiguration(
        name: "Hello API", environment: .init(environment),
        documents: .init(title: "Hello API", description: "The InstantAPI for Swift example service"), mcp: .enabled)
}

/// Registers every closure of the example's functions/ tree: one method of ``HelloAPI`` per
/// manifest method, through the generated `register(_:)`.
public func registerHelloAPIEndpoints<Context: RequestContext>(on gateway: Gateway<Context>) {
    gateway.register(HelloAPI<Context>())
}

/// The example's implementation of the generated `APIProtocol` (its methods are in
/// APIEndpoints.swift, StreamingEndpoints.swift and BenchmarkEndpoints.swift).
struct HelloAPI<Context: RequestContext>: APIProtocol {}
