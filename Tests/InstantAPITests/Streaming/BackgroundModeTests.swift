import Foundation
import InstantAPI
import InstantAPICore
import Testing

@Suite("Background mode (_background)")
struct BackgroundModeTests {
    private func backgroundHeaders(_ uuid: String, contentType: String) -> [String] {
        ["X-Execution-Uuid: \(uuid)"] + corsBlock + [exposeWithUUID, "Content-Type: \(contentType)", "transfer-encoding: chunked"]
    }

    @Test func everyModeAnswers202AtOnce() async throws {
        let probe = StreamProbe()
        try await withStreamingGateway(probe: probe) { port, _ in
            let cases: [(String, String, String, String)] = [
                ("/bg/", #"{"data":"xxx","_background":true}"#, "text/plain", #"initiated "bg" ..."#),
                ("/bg/empty/", #"{"data":"xxx","_background":true}"#, "text/plain", ""),
                ("/bg/params/", #"{"data":"xxx","_background":true}"#, "application/json", #"{"data":"xxx","_background":true}"#),
                ("/bg/paramsSpecific1/", #"{"data":"xxx","discarded":"y","_background":true}"#, "application/json", #"{"data":"xxx"}"#),
                ("/bg/named/", #"{"_background":true}"#, "text/plain", #"initiated "bg/named#POST" ..."#),
            ]
            for (path, body, contentType, expected) in cases {
                let response = try await postJSON(port, path, body)
                #expect(response.statusLine == "HTTP/1.1 202 Accepted", "\(path)")
                let uuid = try #require(response.header("X-Execution-Uuid"))
                #expect(response.headerLines() == backgroundHeaders(uuid, contentType: contentType), "\(path)")
                #expect(response.bodyText == expected, "\(path)")
            }
            await probe.wait { probe.recorded.count == 5 }
            #expect(probe.recorded.contains(#"bg ran with {"data":"xxx","_background":true}"#))
            #expect(probe.recorded.contains("bg/named ran"))
        }
    }

    @Test func queryValuesAndOffValues() async throws {
        try await withStreamingGateway { port, _ in
            let info = try await RawHTTPClient.request(port: port, "GET", "/bg/?_background")
            #expect(info.statusLine == "HTTP/1.1 202 Accepted")
            #expect(info.bodyText == #"initiated "bg" ..."#)
            let params = try await RawHTTPClient.request(port: port, "GET", "/bg/params/?_background&data=1&extra=2")
            // Declared parameters come first in `params` (the original keeps query order).
            #expect(params.bodyText == #"{"data":"1","_background":"","extra":"2"}"#)
            let off = try await RawHTTPClient.request(port: port, "GET", "/bg/?_background=false")
            #expect(off.statusLine == "HTTP/1.1 200 OK")
            #expect(off.header("Content-Length") == "13")
            #expect(off.bodyText == "\"hello world\"")
            let zero = try await postJSON(port, "/bg/", #"{"_background":0}"#)
            #expect(zero.statusLine == "HTTP/1.1 200 OK")
            let precedence = try await postJSON(port, "/origin/allow/", #"{"_background":true,"_stream":true}"#, headers: [("Origin", "https://hello.com")])
            #expect(precedence.statusLine == "HTTP/1.1 202 Accepted")
        }
    }

    @Test func originEchoComesBeforeTheGatewayHeaders() async throws {
        try await withStreamingGateway { port, _ in
            let response = try await postJSON(
                port, "/origin/allow/", #"{"_background":true}"#, headers: [("Origin", "https://hello.com")])
            #expect(response.statusLine == "HTTP/1.1 202 Accepted")
            let uuid = try #require(response.header("X-Execution-Uuid"))
            #expect(
                response.headerLines() == [
                    "X-Execution-Uuid: \(uuid)", "Access-Control-Allow-Origin: https://hello.com", "X-Instant-Api: true",
                    "Access-Control-Allow-Methods: GET, POST, OPTIONS, HEAD, PUT, DELETE", "Access-Control-Allow-Headers: ",
                    "Access-Control-Expose-Headers: x-execution-uuid, access-control-allow-origin, x-instant-api, access-control-allow-methods, access-control-allow-headers",
                    "Content-Type: text/plain", "transfer-encoding: chunked",
                ])
            #expect(response.bodyText == #"initiated "origin/allow" ..."#)
        }
    }

    @Test func failuresReachTheErrorHandler() async throws {
        let errors = ErrorLog()
        try await withStreamingGateway(errors: errors) { port, _ in
            let response = try await postJSON(port, "/bg/failing/", #"{"_background":true}"#)
            #expect(response.statusLine == "HTTP/1.1 202 Accepted")
            await StreamProbe().wait { errors.all == ["RuntimeError"] }
            #expect(errors.all == ["RuntimeError"])
        }
    }

    @Test func drainWaitsForRunningWork() async throws {
        let probe = StreamProbe()
        try await withStreamingGateway(probe: probe) { port, loaded in
            let response = try await postJSON(port, "/bg/slow/", #"{"ms":300,"_background":true}"#)
            #expect(response.statusLine == "HTTP/1.1 202 Accepted")
            #expect(loaded.runningBackgroundWork == 1)
            let cancelled = await loaded.drainBackgroundWork(timeout: .seconds(5))
            #expect(cancelled == 0)
            #expect(probe.recorded == ["bg/slow finished"])
            #expect(loaded.runningBackgroundWork == 0)
        }
    }

    @Test func drainIsBoundedAndCancelsTheRest() async throws {
        let probe = StreamProbe()
        try await withStreamingGateway(probe: probe) { port, loaded in
            _ = try await postJSON(port, "/bg/slow/", #"{"ms":30000,"_background":true}"#)
            let start = ContinuousClock.now
            let cancelled = await loaded.drainBackgroundWork(timeout: .milliseconds(200))
            #expect(ContinuousClock.now - start < .seconds(2))
            #expect(cancelled == 1)
            await probe.wait { probe.recorded.count == 1 }
            #expect(probe.recorded == ["bg/slow cancelled"])
        }
    }
}
