import Foundation
import InstantAPI
import Testing

@Suite("Malformed input keeps the server serving")
struct MalformedInputTests {
    @Test func badQueryStringsBodiesAndContentTypes() async throws {
        try await withBasicGateway { port in
            let queries = [
                "/reflect/?%zz=%", "/reflect/?a[]=1&a=2", "/reflect/?a[-1]=1", "/reflect/?a[99999]=1",
                "/reflect/?b.c=1&b.c.d=2", "/reflect/?&&&==&", "/reflect/?a[[[]]]=1", "/my_function/?a=%FF%FE",
                "/reflect/?" + String(repeating: "a[0]", count: 500) + "=1",
            ]
            for target in queries {
                let response = try await RawHTTPClient.request(port: port, "GET", target)
                #expect(response.statusLine.hasPrefix("HTTP/1.1 "), "\(target)")
            }
            let bodies: [(String, [UInt8])] = [
                ("application/json", Array("{\"a\":".utf8)),
                ("application/json", Array(repeating: UInt8(ascii: "["), count: 10000)),
                ("text/plain", Array("[1,2]".utf8)),
                ("text/plain", [0xFF, 0xFE, 0x00]),
                ("multipart/form-data", Array("--x\r\n\r\n".utf8)),
                ("multipart/form-data; boundary=x", Array("--x\r\nContent-Disposition: form-data\r\n\r\nv\r\n--x--".utf8)),
                ("application/xml", Array("<a><b></a>".utf8)),
                ("APPLICATION/JSON ; charset=utf-8", Array("{\"a\":1}".utf8)),
                ("application/x-www-form-urlencoded", [0x00, 0x25, 0x26, 0x3D]),
                ("application/octet-stream", [0, 1, 2, 3]),
                (";;;", Array("x".utf8)),
            ]
            for (contentType, body) in bodies {
                let response = try await RawHTTPClient.request(
                    port: port, "POST", "/reflect/", headers: [("Content-Type", contentType)], body: body)
                #expect(response.statusLine.hasPrefix("HTTP/1.1 "), "\(contentType)")
                #expect(!response.statusLine.hasPrefix("HTTP/1.1 5"), "\(contentType)")
            }
            let invalid = try await RawHTTPClient.request(
                port: port, "POST", "/reflect/", headers: [("Content-Type", "application/json")], body: Array("{".utf8))
            #expect(invalid.bodyText.contains("\"message\": \"Invalid JSON\""))
            let garbage = try await RawHTTPClient.send(port: port, Array("GARBAGE\r\n\r\n".utf8))
            #expect(garbage.statusLine.hasPrefix("HTTP/1.1 400"))
            let check1 = try await RawHTTPClient.request(port: port, "GET", "/my_function/")
            #expect(check1.bodyText == "6")
        }
    }
}

@Suite("Concurrency")
struct ConcurrencyTests {
    @Test func concurrentRequestsAreEachAnsweredOnce() async throws {
        try await withBasicGateway { port in
            let bodies = try await withThrowingTaskGroup(of: String.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        try await RawHTTPClient.request(port: port, "GET", "/my_function/?a=\(index)").bodyText
                    }
                }
                var collected: [String] = []
                for try await body in group { collected.append(body) }
                return collected
            }
            #expect(bodies.sorted() == (0..<40).map { String($0 + 5) }.sorted())
        }
    }
}
