import Foundation
import InstantAPI
import InstantAPITesting
import Testing

struct Item: Codable, Sendable {
    var title: String
    var count: Int
}

struct ItemParams: Decodable {
    var item: Item
}

func makeGreeter(maxRequestSize: Int = 1024) throws -> LoadedGateway<GatewayRequestContext> {
    let gateway = Gateway(configuration: GatewayConfiguration(maxRequestSize: maxRequestSize))
    gateway.register("hello", method: nil) { context in "hello \(context.params["name"]?.stringValue ?? "")" }
    gateway.register("items", method: .post) { context in try context.decode(ItemParams.self).item }
    gateway.register("fail", method: nil) { (_: EndpointContext<GatewayRequestContext>) async throws -> EndpointResponse in
        throw EndpointError.badRequest("nope")
    }
    let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return try gateway.load(root: root.appendingPathComponent("greeter").path)
}

@Suite("GatewayTestClient, in process and live")
struct GatewayTestClientTests {
    @Test(arguments: [GatewayTestClient.Mode.inProcess, .live])
    func getReturnsStatusOrderedHeadersAndText(mode: GatewayTestClient.Mode) async throws {
        try await makeGreeter().withTestClient(mode) { client in
            #expect((client.port != nil) == (mode == .live))
            let response = try await client.get("/hello/?name=swift")
            #expect(response.status == .ok)
            #expect(response.status.reasonPhrase == "OK")
            #expect(response.text == "\"hello swift\"")
            #expect(try response.json == .string("hello swift"))
            let names = response.headers.map(\.name.rawName).filter { $0 != "Date" }
            #expect(
                names == [
                    "X-Execution-Uuid", "X-Instant-Api", "Access-Control-Allow-Origin", "Access-Control-Allow-Methods",
                    "Access-Control-Allow-Headers", "Access-Control-Expose-Headers", "Content-Type", "Content-Length",
                ])
            #expect(response.headers[.contentType] == "application/json")
        }
    }

    @Test(arguments: [GatewayTestClient.Mode.inProcess, .live])
    func postJSONAndErrors(mode: GatewayTestClient.Mode) async throws {
        try await makeGreeter().withTestClient(mode) { client in
            let stored = try await client.post("/items/", json: ["item": ["title": "pen", "count": 2]])
            #expect(stored.status == .ok)
            #expect(try stored.json == ["title": "pen", "count": 2])
            let invalid = try await client.post("/items/", json: ["item": ["title": "pen", "count": 20]])
            #expect(invalid.status == .badRequest)
            #expect(try invalid.json.objectValue?["error"]?.objectValue?["type"] == "ParameterError")
            let refused = try await client.get("/fail/")
            #expect(refused.status == .badRequest)
            #expect(try refused.json.objectValue?["error"]?.objectValue?["message"] == "nope")
            let missing = try await client.send(.patch, "/hello/")
            #expect(missing.status == .notImplemented)
        }
    }

    @Test(arguments: [GatewayTestClient.Mode.inProcess, .live])
    func oversizeBodyIsAnsweredAndTheClientGoesOn(mode: GatewayTestClient.Mode) async throws {
        try await makeGreeter(maxRequestSize: 16).withTestClient(mode) { client in
            let response = try await client.send(
                .post, "/hello/", headers: [.contentType: "text/plain"], body: Array(repeating: 0x61, count: 64))
            #expect(response.status == .contentTooLarge)
            #expect(response.closesConnection)
            #expect(try await client.get("/hello/").text == "\"hello world\"")
        }
    }
}
