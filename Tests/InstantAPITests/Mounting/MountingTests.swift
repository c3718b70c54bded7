import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import InstantAPI
import Testing

/// The gateway as routes of an app's own Hummingbird router, at a prefix, under its middleware.
@Suite("Mounted in a Hummingbird router")
struct MountingTests {
    /// `Fixtures/basic` mounted at `prefix` of a router that also has `GET /health` and
    /// `GET /api/own` (a literal route of the app's own under the prefix).
    static func withMountedGateway(
        at prefix: String = "/api", _ test: @escaping @Sendable (Int) async throws -> Void
    ) async throws {
        let gateway = makeBasicGateway(GatewayConfiguration())
        let loaded = try gateway.load(root: try Fixture.root("basic"))
        let router = Router(context: GatewayRequestContext.self)
        router.get("health") { _, _ in "ok" }
        router.get("api/own") { _, _ in "own" }
        router.addRoutes(loaded.routes(), atPath: RouterPath(prefix))
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            try await test(try #require(client.port))
        }
    }

    @Test func appRoutesAndGatewayRoutesAnswerSideBySide() async throws {
        try await Self.withMountedGateway { port in
            let health = try await RawHTTPClient.request(port: port, "GET", "/health")
            #expect(health.bodyText == "ok")
            let own = try await RawHTTPClient.request(port: port, "GET", "/api/own")
            #expect(own.bodyText == "own")
            let sum = try await RawHTTPClient.request(port: port, "GET", "/api/my_function/?a=2")
            #expect(sum.statusLine == "HTTP/1.1 200 OK")
            #expect(sum.bodyText == "7")
            #expect(sum.header("X-Instant-Api") == "true")
            let root = try await RawHTTPClient.request(port: port, "GET", "/api")
            #expect(root.bodyText == "\"root\"")
        }
    }

    @Test func routingBelowThePrefixIsTheGateways() async throws {
        try await Self.withMountedGateway { port in
            // The not-found walk sees the path below the prefix: `alias` has no `api/`.
            let walked = try await RawHTTPClient.request(port: port, "GET", "/api/test/x/")
            #expect(try JSONValue.parse(bytes: walked.body)["alias"] == "test/x")
            let missing = try await RawHTTPClient.request(port: port, "GET", "/api/nope/")
            #expect(missing.statusLine == "HTTP/1.1 404 Not Found")
            #expect(try JSONValue.parse(bytes: missing.body)["error"]?["message"] == "\"nope\" Not Found")
            let patch = try await RawHTTPClient.request(port: port, "PATCH", "/api/my_function/")
            #expect(patch.statusLine == "HTTP/1.1 501 Not Implemented")
            let options = try await RawHTTPClient.request(port: port, "OPTIONS", "/api/anything/")
            #expect(options.statusLine == "HTTP/1.1 200 OK")
            #expect(options.header("Access-Control-Allow-Methods") == "GET, POST, OPTIONS, HEAD, PUT, DELETE")
            // The trailing-slash redirect keeps the prefix.
            let redirect = try await RawHTTPClient.request(
                port: port, "GET", "/api/my_function?a=1", headers: [("User-Agent", "test")])
            #expect(redirect.statusLine == "HTTP/1.1 302 Found")
            #expect(redirect.header("Location") == "/api/my_function/?a=1")
            // Outside the prefix, the router's own 404.
            let outside = try await RawHTTPClient.request(port: port, "GET", "/elsewhere/")
            #expect(outside.statusLine == "HTTP/1.1 404 Not Found")
            #expect(outside.header("X-Instant-Api") == nil)
        }
    }

    @Test func aPrefixWithAParameterCountsAsItsSegments() async throws {
        try await Self.withMountedGateway(at: "/tenants/:tenant") { port in
            let walked = try await RawHTTPClient.request(port: port, "GET", "/tenants/acme/test/x/")
            #expect(try JSONValue.parse(bytes: walked.body)["alias"] == "test/x")
        }
    }

    @Test func mountedAtTheRootTheAppsLiteralRoutesStillWin() async throws {
        try await Self.withMountedGateway(at: "/") { port in
            let health = try await RawHTTPClient.request(port: port, "GET", "/health")
            #expect(health.bodyText == "ok")
            let sum = try await RawHTTPClient.request(port: port, "GET", "/my_function/?a=2")
            #expect(sum.bodyText == "7")
        }
    }
}
