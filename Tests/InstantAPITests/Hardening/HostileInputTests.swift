import Foundation
import InstantAPI
import InstantAPITesting
import Testing

/// Requests an attacker would send (issue: production hardening): bytes in, status out, and the
/// server still serving afterwards.
@Suite("Hostile input")
struct HostileInputTests {
    static func stillServes(_ port: Int) async throws {
        let check = try await RawHTTPClient.request(port: port, "GET", "/my_function/")
        #expect(check.bodyText == "6")
    }

    @Test func crashingXMLBodiesAreAnsweredWithoutTakingTheServerDown() async throws {
        try await withBasicGateway { port in
            let bodies: [(String, [UInt8])] = [
                ("text/xml", Array("<a><?x?></a>".utf8)),
                ("text/xml", Array("<?x?><a/>".utf8)),
                ("text/xml", Array("<?xml version=\"1.0\" encoding=\"UTF-7\"?><a>".utf8) + [0xFF] + Array("</a>".utf8)),
                ("application/xml", [0, 0, 0] + Array("<<a b=&".utf8) + [0, 0, 0] + Array("<".utf8)),
            ]
            for (contentType, body) in bodies {
                let response = try await RawHTTPClient.request(
                    port: port, "POST", "/reflect/", headers: [("Content-Type", contentType)], body: body)
                #expect(["HTTP/1.1 200 OK", "HTTP/1.1 400 Bad Request"].contains(response.statusLine))
            }
            try await Self.stillServes(port)
        }
    }

    @Test func undeclaredNamespacePrefixesAreNames() async throws {
        try await withBasicGateway(GatewayConfiguration(environment: .production)) { port in
            let response = try await RawHTTPClient.request(
                port: port, "POST", "/reflect/", headers: [("Content-Type", "text/xml")],
                body: Array("<entry><yt:videoId>x</yt:videoId></entry>".utf8))
            #expect(response.bodyText == #"{"entry":{"yt:videoId":"x"}}"#)
        }
    }

    /// 100k siblings: answered (quickly, see Benchmarks/InputBenchmark), all of them kept.
    @Test func manySiblingElementsParse() async throws {
        try await withBasicGateway(GatewayConfiguration(environment: .production)) { port in
            let body = "<r>" + String(repeating: "<a>1</a>", count: 100_000) + "</r>"
            let response = try await RawHTTPClient.request(
                port: port, "POST", "/reflect/", headers: [("Content-Type", "text/xml")], body: Array(body.utf8))
            #expect(response.statusLine == "HTTP/1.1 200 OK")
            #expect(response.bodyText.hasPrefix(#"{"r":{"a":["1","1","#))
            #expect(response.bodyText.components(separatedBy: #""1""#).count == 100_001)
        }
    }

    @Test func longPathsWalkTheNotFoundHandlersOnce() async throws {
        try await withBasicGateway { port in
            let path = "/" + String(repeating: "a/", count: 40_000)
            let response = try await RawHTTPClient.request(port: port, "GET", path)
            #expect(response.statusLine == "HTTP/1.1 404 Not Found")
            #expect(response.body.count < 2048)
            let handled = try await RawHTTPClient.request(port: port, "GET", "/test/" + String(repeating: "b/", count: 40_000))
            #expect(handled.statusLine == "HTTP/1.1 200 OK")
            try await Self.stillServes(port)
        }
    }

    @Test func errorsEchoABoundedPreviewOfTheValue() async throws {
        try await withBasicGateway { port in
            let sparse = try await RawHTTPClient.request(port: port, "GET", "/my_function/?a[65535]=x")
            #expect(sparse.statusLine == "HTTP/1.1 400 Bad Request")
            #expect(sparse.body.count < 16 * 1024)
            #expect(sparse.bodyText.contains("more items"))

            let huge = String(repeating: "x", count: 2_000_000)
            let long = try await postJSON(port, "/my_function/", "{\"a\":\"\(huge)\"}")
            #expect(long.statusLine == "HTTP/1.1 400 Bad Request")
            #expect(long.body.count < 16 * 1024)
            #expect(long.bodyText.contains("(2000000 bytes in all)"))
            try await Self.stillServes(port)
        }
    }

    @Test func malformedChunkedBodyIsABadRequest() async throws {
        try await withBasicGateway { port in
            let request = Array(
                "POST /reflect/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"
                    .utf8)
            let response = try await RawHTTPClient.send(port: port, request)
            #expect(response.statusLine == "HTTP/1.1 400 Bad Request")
            try await Self.stillServes(port)
        }
    }

    @Test func http10WithoutKeepAliveIsClosedAfterTheResponse() async throws {
        try await withBasicGateway { port in
            let request = Array("GET /my_function/ HTTP/1.0\r\nHost: localhost\r\n\r\n".utf8)
            let exchange = try await RawHTTPClient.sendKeepingOpen(port: port, request, timeoutSeconds: 30)
            #expect(exchange.closedByServer)
            #expect(exchange.response.header("Connection") == "close")
            #expect(exchange.response.bodyText == "6")
        }
    }

    @Test func http10KeepAliveStaysOpen() async throws {
        try await withBasicGateway { port in
            let keepAlive = Array("GET /my_function/ HTTP/1.0\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n".utf8)
            let last = Array("GET /my_function/?a=2 HTTP/1.0\r\nHost: localhost\r\n\r\n".utf8)
            let text = try await RawHTTPClient.exchangeText(port: port, keepAlive + last)
            #expect(text.contains("Connection: keep-alive\r\n"))
            #expect(text.hasSuffix("\r\n\r\n7"))
        }
    }

    @Test func oversizedMCPBatchIsRefused() async throws {
        let configuration = GatewayConfiguration(
            mcp: .enabled, limits: GatewayLimits(maxMCPBatchSize: 3))
        try await withWellKnownGateway(configuration) { port in
            let message = #"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#
            let batch = "[" + Array(repeating: message, count: 4).joined(separator: ",") + "]"
            let response = try await RawHTTPClient.request(
                port: port, "POST", "/server.mcp", headers: [("Content-Type", "application/json")],
                body: Array(batch.utf8))
            #expect(response.bodyText.contains("-32600"))
            #expect(response.bodyText.contains("larger than the limit of 3"))
            let allowed = "[" + Array(repeating: message, count: 3).joined(separator: ",") + "]"
            let ok = try await RawHTTPClient.request(
                port: port, "POST", "/server.mcp", headers: [("Content-Type", "application/json")],
                body: Array(allowed.utf8))
            #expect(ok.bodyText.components(separatedBy: "\"tools\"").count == 4)
        }
    }

    @Test func bodiesBeyondTheBufferBudgetGet503() async throws {
        let configuration = GatewayConfiguration(limits: GatewayLimits(maxBufferedBodyBytes: 64))
        try await withBasicGateway(configuration) { port in
            let big = try await postJSON(port, "/reflect/", "{\"a\":\"" + String(repeating: "x", count: 100) + "\"}")
            #expect(big.statusLine == "HTTP/1.1 503 Service Unavailable")
            #expect(big.header("Retry-After") == "1")
            #expect(big.bodyText.contains("ServiceUnavailableError"))
            let small = try await postJSON(port, "/reflect/", #"{"a":"x"}"#)
            #expect(small.bodyText == "{\n  \"a\": \"x\"\n}")
        }
    }
}
