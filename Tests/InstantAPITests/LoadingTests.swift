import Foundation
import Hummingbird
import HummingbirdTesting
import InstantAPI
import Testing

@Suite("Loading and mounting")
struct LoadingTests {
    @Test func mismatchesAreListedTogether() throws {
        let gateway = Gateway()
        gateway.register("b", method: .GET) { _ in 1 }
        gateway.register("c", method: nil) { _ in 1 }
        let error = try #require(throws: GatewayLoadError.self) { try gateway.load(root: try Fixture.root("mismatch")) }
        #expect(
            error.mismatches == [
                "functions/a.mjs:4: error: \"a\" exports GET but no closure is registered; add register(\"a\", method: .GET)",
                "functions/b.mjs:4: error: \"b\" has a default export but no closure is registered; add register(\"b\", method: nil)",
                "register(\"b\", method: .GET): error: no manifest declares this endpoint",
                "register(\"c\", method: nil): error: no manifest declares this endpoint",
            ])
    }

    @Test func mountsIntoAHummingbirdRouter() async throws {
        let gateway = makeBasicGateway(GatewayConfiguration(port: 0))
        let loaded = try gateway.load(root: try Fixture.root("basic"))
        let router = Router()
        router.add(middleware: loaded.middleware())
        router.get("health") { _, _ in "ok" }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let check1 = try await RawHTTPClient.request(port: port, "GET", "/health")
            #expect(check1.bodyText == "ok")
            let check2 = try await RawHTTPClient.request(port: port, "GET", "/my_function/?a=2")
            #expect(check2.bodyText == "7")
            let check3 = try await RawHTTPClient.request(port: port, "GET", "/test/x/")
            #expect(check3.statusLine == "HTTP/1.1 200 OK")
        }
    }
}
