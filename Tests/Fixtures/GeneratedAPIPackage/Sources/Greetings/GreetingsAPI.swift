import Hummingbird
import NIOCore
import InstantAPI

/// Implements every endpoint of functions/. scripts/check-generated-api.sh deletes the marked
/// method, or edits a manifest, and expects the build to fail naming the endpoint.
struct GreetingsAPI<Context: RequestContext>: APIProtocol {
    // check: getGreeting
    func getGreeting(name: String, tone: Operations.GetGreeting.Tone, context: EndpointContext<Context>) async throws
        -> Operations.GetGreeting.Result
    {
        .init(text: "\(tone.rawValue) \(name)")
    }
    // end: getGreeting

    func postV1Orders(
        order: Operations.PostV1Orders.Order, receipt: ByteBuffer?, reference: Operations.PostV1Orders.Reference,
        context: StreamingContext<Context, Operations.PostV1Orders.Event>
    ) async throws -> Operations.PostV1Orders.Result {
        var units = 0
        for item in order.items {
            units += item.qty
            try await context.stream(.progress(.init(done: units)))
        }
        return .init(id: order.id, units: units)
    }
}

/// Typed and untyped registrations mixed in one gateway: instant-api.json leaves `farewell`
/// out of the generated API.
func makeGateway() -> Gateway<GatewayRequestContext> {
    let gateway = Gateway(configuration: GatewayConfiguration(name: "Greetings"))
    gateway.register(GreetingsAPI<GatewayRequestContext>())
    gateway.register("farewell", method: nil) { _ in "goodbye" }
    return gateway
}
