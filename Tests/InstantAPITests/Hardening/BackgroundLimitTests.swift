import Foundation
import InstantAPI
import Testing

@Suite("Background execution cap")
struct BackgroundLimitTests {
    @Test func executionsBeyondTheCapGet503UntilOneEnds() async throws {
        let configuration = GatewayConfiguration(limits: GatewayLimits(maxBackgroundExecutions: 2))
        try await withStreamingGateway(configuration) { port, loaded in
            for _ in 0..<2 {
                let started = try await RawHTTPClient.request(port: port, "GET", "/bg/slow/?ms=60000&_background")
                #expect(started.statusLine == "HTTP/1.1 202 Accepted")
            }
            let refused = try await RawHTTPClient.request(port: port, "GET", "/bg/slow/?ms=60000&_background")
            #expect(refused.statusLine == "HTTP/1.1 503 Service Unavailable")
            #expect(refused.header("Retry-After") == "1")
            #expect(
                refused.bodyText
                    == "{\n  \"error\": {\n    \"type\": \"ServiceUnavailableError\",\n    \"message\": \"Too many background executions running (at most 2), try again later\"\n  }\n}"
            )
            #expect(await loaded.drainBackgroundWork(timeout: .zero) == 2)
            // Cancelled executions end by themselves; then there is room again.
            let deadline = ContinuousClock.now + .seconds(30)
            while loaded.runningBackgroundWork > 0, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(10))
            }
            let again = try await RawHTTPClient.request(port: port, "GET", "/bg/slow/?ms=1&_background")
            #expect(again.statusLine == "HTTP/1.1 202 Accepted")
        }
    }
}
