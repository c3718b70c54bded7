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

/// A small deterministic generator, so a failing fuzz case can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Fuzz-style input keeps the server serving")
struct FuzzInputTests {
    static let queryAlphabet = Array("ab01[]{}.=&%zZ+-_\"',:;/?#~ \t".utf8) + [0xC3, 0xFF, 0x00]
    static let bodyAlphabet = Array("{}[]\":,0123456789.eE-+truefalsnl\\u \n=&%[]ab--\r\n<>/".utf8) + [0xFF, 0x80, 0x00]

    static func random(_ alphabet: [UInt8], count: Int, using generator: inout SplitMix64) -> [UInt8] {
        (0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
    }

    /// Percent-encodes what may not appear raw in a request target.
    static func target(_ bytes: [UInt8]) -> String {
        var out = ""
        for byte in bytes {
            if byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "#"), byte != UInt8(ascii: "%") {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    /// Every response is a well-formed HTTP/1.1 response that is not a 5xx other than the
    /// gateway's own 501 (no crash, no hang, no internal error).
    static func expectAnswered(_ response: RawResponse, _ label: String) {
        #expect(response.statusLine.hasPrefix("HTTP/1.1 "), "\(label)")
        #expect(!response.statusLine.hasPrefix("HTTP/1.1 500"), "\(label)")
    }

    @Test func randomQueryStrings() async throws {
        try await withBasicGateway { port in
            var generator = SplitMix64(state: 1)
            for round in 0..<60 {
                let query = Self.target(Self.random(Self.queryAlphabet, count: Int.random(in: 1...80, using: &generator), using: &generator))
                let path = round.isMultiple(of: 2) ? "/reflect/" : "/my_function/"
                let response = try await RawHTTPClient.request(port: port, "GET", "\(path)?\(query)")
                Self.expectAnswered(response, "\(round): \(query)")
            }
            #expect(try await RawHTTPClient.request(port: port, "GET", "/my_function/").bodyText == "6")
        }
    }

    @Test func randomBodiesPerContentType() async throws {
        let contentTypes = [
            "application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=--",
            "application/xml", "text/json", "application/octet-stream", "image/png", "x/unknown", "",
        ]
        try await withBasicGateway { port in
            var generator = SplitMix64(state: 2)
            for round in 0..<60 {
                let contentType = contentTypes[round % contentTypes.count]
                let body = Self.random(Self.bodyAlphabet, count: Int.random(in: 1...300, using: &generator), using: &generator)
                let headers = contentType.isEmpty ? [] : [("Content-Type", contentType)]
                for method in ["POST", "PUT"] {
                    let response = try await RawHTTPClient.request(port: port, method, "/reflect/", headers: headers, body: body)
                    Self.expectAnswered(response, "\(round) \(method) \(contentType)")
                }
            }
            #expect(try await RawHTTPClient.request(port: port, "GET", "/my_function/").bodyText == "6")
        }
    }

    @Test func oddDuplicateAndHugeHeaders() async throws {
        // The server may refuse a huge head and close while it is still being written.
        signal(SIGPIPE, SIG_IGN)
        try await withBasicGateway { port in
            let cases: [[(String, String)]] = [
                [("Content-Type", "application/json"), ("Content-Type", "text/plain")],
                [("Accept-Encoding", "gzip"), ("Accept-Encoding", "deflate")],
                [("Origin", ""), ("Origin", "http://a")],
                [("X-Convert-Strings", ""), ("X-Forwarded-For", ",,,")],
                [("X-Big", String(repeating: "v", count: 60_000))],
                [("Content-Type", String(repeating: "a/", count: 5000))],
                [("Content-Type", "application/json; charset=\u{00FF}")],
                [("User-Agent", ""), ("Host", "")],
                [("Access-Control-Request-Headers", String(repeating: "X, ", count: 2000))],
            ]
            for (index, headers) in cases.enumerated() {
                let response = try await RawHTTPClient.request(
                    port: port, "POST", "/reflect/?a=1", headers: headers, body: Array("{\"b\":1}".utf8))
                Self.expectAnswered(response, "case \(index)")
            }
            let many = (0..<500).map { ("X-H\($0)", "v") }
            Self.expectAnswered(try await RawHTTPClient.request(port: port, "GET", "/reflect/", headers: many), "many")
            let oversized = try await RawHTTPClient.request(
                port: port, "GET", "/reflect/", headers: [("X-Huge", String(repeating: "h", count: 200_000))])
            Self.expectAnswered(oversized, "oversized header")
            #expect(try await RawHTTPClient.request(port: port, "GET", "/my_function/").bodyText == "6")
        }
    }

    @Test func invalidUTF8AndOddPaths() async throws {
        try await withBasicGateway { port in
            let targets = [
                "/%FF%FE/", "/reflect/%C3%28/", "/%00/", "/..%2F..%2Fetc/passwd", "//reflect//", "/reflect/?%",
                "/" + String(repeating: "a/", count: 2000), "/%E2%82/?x=%E2%82", "*",
            ]
            for target in targets {
                let response = try await RawHTTPClient.request(port: port, "GET", target)
                Self.expectAnswered(response, target)
            }
            let rawBytes: [UInt8] = Array("GET /\u{0}".utf8) + [0xFF, 0xFE] + Array("/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8)
            let raw = try await RawHTTPClient.send(port: port, rawBytes)
            Self.expectAnswered(raw, "raw bytes in the request line")
            let latin = try await RawHTTPClient.send(
                port: port, Array("GET /r\u{E9}flect/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8))
            Self.expectAnswered(latin, "UTF-8 in the request line")
            #expect(try await RawHTTPClient.request(port: port, "GET", "/my_function/").bodyText == "6")
        }
    }
}
