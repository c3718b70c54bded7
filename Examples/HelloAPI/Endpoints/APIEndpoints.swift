import Foundation
import Hummingbird
import InstantAPI

// The example's plain endpoints: about, hello, weather, orders, a not-found handler and a
// binary widget.

struct About: Encodable, Sendable {
    let name: String
    let docs: String
}

struct WeatherQuery: Decodable {
    let location: String?
    let units: String
}

struct Weather: Encodable, Sendable {
    let temperature: Double
    let units: String
}

struct Order: Decodable {
    struct Item: Decodable {
        let sku: String
        let price: Double
    }
    let id: String
    let qty: Int
    let items: [Item]
}

struct PlacedOrder: Encodable, Sendable {
    let id: String
    let total: Double
}

func registerAPIEndpoints<Context: RequestContext>(on gateway: Gateway<Context>) {
    gateway.register("about", method: .get) { _ in
        About(name: "Hello API", docs: "/.well-known/openapi.json")
    }

    gateway.register("hello", method: nil) { context -> EndpointResponse in
        .string("hello \(context.params["name"]?.stringValue ?? "world")")
    }

    gateway.register("v1/weather/current", method: .get) { context in
        let query = try context.decode(WeatherQuery.self)
        guard query.location != nil || context.params["coords"] != .null else {
            throw EndpointError.badRequest("Must provide either location or coords")
        }
        // `units` arrives as the enum member's value ("°C" or "°F").
        return Weather(temperature: query.units == "°F" ? 89.2 : 31.8, units: query.units)
    }

    gateway.register("v1/orders", method: .post) { context in
        let order = try context.decode(Order.self)
        let total = order.items.reduce(0) { $0 + $1.price } * Double(order.qty)
        return PlacedOrder(id: order.id, total: total)
    }

    gateway.register("v1/orders", method: .get) { context -> EndpointResponse in
        let id = context.params["id"]?.stringValue ?? ""
        guard id != "missing" else { throw EndpointError.notFound("No order \(id)") }
        return .http(status: .ok, headers: [.contentType: "text/plain"], body: "order \(id)")
    }

    gateway.register("v1:notfound", method: nil) { context -> EndpointResponse in
        .http(status: .notFound, headers: [.contentType: "text/plain"], body: "No such endpoint: \(context.path.joined(separator: "/"))")
    }

    gateway.register("v1/widget", method: .get) { _ -> EndpointResponse in
        // A 1×1 PNG stands in for a rendered widget.
        let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==") ?? Data()
        return .buffer(Array(png), contentType: "image/png")
    }
}
