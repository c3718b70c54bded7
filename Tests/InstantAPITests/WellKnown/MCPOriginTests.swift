@testable import InstantAPI
import Testing

/// The `Origin` rule of `/server.mcp` (MCP transports: servers must validate it).
@Suite("MCP allowed origins")
struct MCPOriginTests {
    typealias AllowedOrigins = GatewayConfiguration.MCP.AllowedOrigins

    @Test func defaultAllowsLoopbackPagesAndTheServersOwnUnrebindableHost() {
        let policy = AllowedOrigins.sameHostAndLoopback()
        for origin in ["http://localhost", "http://localhost:6274", "https://app.localhost:3000", "http://127.0.0.1:9",
            "http://127.10.0.3", "http://[::1]:8000", "HTTP://LOCALHOST:1"]
        {
            #expect(policy.allows(origin: origin, host: "api.example.com", trustedHost: nil), "\(origin)")
        }
        // Same host: an IP literal or the configured public host cannot be rebound.
        #expect(policy.allows(origin: "http://192.0.2.7:8000", host: "192.0.2.7:8000", trustedHost: nil))
        #expect(policy.allows(origin: "https://api.example.com", host: "api.example.com", trustedHost: "api.example.com"))
        #expect(policy.allows(origin: "http://[2001:db8::1]:80", host: "[2001:db8::1]:80", trustedHost: nil))
        // A DNS name as Host and Origin is what a rebinding attack looks like.
        #expect(!policy.allows(origin: "http://attacker.example:8000", host: "attacker.example:8000", trustedHost: nil))
        #expect(!policy.allows(origin: "http://192.0.2.7:8001", host: "192.0.2.7:8000", trustedHost: nil))
        for origin in ["https://evil.example", "null", "", "localhost", "http://", "http://127.0.0.1.evil.example",
            "http://127.0.0.256", "http://user@localhost", "http://localhost/path", "://localhost", "http://[::1"]
        {
            #expect(!policy.allows(origin: origin, host: "127.0.0.1:8000", trustedHost: nil), "\(origin)")
        }
    }

    @Test func listedOriginsAndTheOtherPolicies() {
        let listed = AllowedOrigins.only(["https://App.Example.com"])
        #expect(listed.allows(origin: "https://app.example.com", host: "api.example.com", trustedHost: nil))
        #expect(!listed.allows(origin: "http://localhost:3000", host: "localhost:8000", trustedHost: nil))
        #expect(!listed.allows(origin: "http://127.0.0.1:8000", host: "127.0.0.1:8000", trustedHost: nil))
        #expect(AllowedOrigins.sameHostAndLoopback(plus: ["https://a.example"]).allows(origin: "https://a.example", host: nil, trustedHost: nil))
        #expect(AllowedOrigins.any.allows(origin: "https://evil.example", host: nil, trustedHost: nil))
        #expect(AllowedOrigins.any.allows(origin: "null", host: nil, trustedHost: nil))
    }

    @Test func webOriginParts() {
        #expect(WebOrigin("http://[::1]:80")?.hostname == "[::1]")
        #expect(WebOrigin("https://example.com:8443")?.authority == "example.com:8443")
        #expect(WebOrigin("https://example.com")?.hostname == "example.com")
        #expect(WebOrigin("null") == nil)
        #expect(WebOrigin("http://a b") == nil)
    }
}
