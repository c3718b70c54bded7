import Foundation
import InstantAPI
import Testing

/// 413 and DELETE-with-body end the connection after the answer, without reading the rest of
/// the body (the original destroys the socket).
@Suite("Connection closed after refusing a body")
struct ConnectionCloseTests {
    static let limited = GatewayConfiguration(maxRequestSize: 1048)

    static func head(_ lines: [String]) -> [UInt8] {
        Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
    }

    static let expected413Headers = corsBlock + [
        exposeWithoutUUID, "Content-Type: application/json", "Content-Length: 122", "Connection: close",
    ]

    @Test func largeDeclaredBodyIsRefusedBeforeItIsSent() async throws {
        try await withBasicGateway(Self.limited) { port in
            let request = Self.head([
                "POST /reflect/ HTTP/1.1", "Host: localhost", "Content-Type: application/json",
                "Content-Length: 100000000",
            ])
            let exchange = try await RawHTTPClient.sendKeepingOpen(port: port, request)
            #expect(exchange.closedByServer)
            #expect(exchange.response.statusLine == "HTTP/1.1 413 Payload Too Large")
            #expect(exchange.response.headerLines(excluding: ["date"]) == Self.expected413Headers)
            #expect(
                exchange.response.bodyText
                    == "{\n  \"error\": {\n    \"type\": \"ClientError\",\n    \"message\": \"Function Payload Exceeded, Max Size 0.00099945068359375MB\"\n  }\n}"
            )
            let check = try await RawHTTPClient.request(port: port, "GET", "/my_function/")
            #expect(check.bodyText == "6")
        }
    }

    @Test func largeChunkedBodyIsRefusedWithoutWaitingForItsEnd() async throws {
        try await withBasicGateway(Self.limited) { port in
            let chunk = String(repeating: "x", count: 4000)
            var request = Self.head([
                "POST /reflect/ HTTP/1.1", "Host: localhost", "Content-Type: text/plain",
                "Transfer-Encoding: chunked",
            ])
            request += Array("\(String(chunk.utf8.count, radix: 16))\r\n\(chunk)\r\n".utf8)
            let exchange = try await RawHTTPClient.sendKeepingOpen(port: port, request)
            #expect(exchange.closedByServer)
            #expect(exchange.response.statusLine == "HTTP/1.1 413 Payload Too Large")
            #expect(exchange.response.headerLines(excluding: ["date"]) == Self.expected413Headers)
            let check = try await RawHTTPClient.request(port: port, "GET", "/my_function/")
            #expect(check.bodyText == "6")
        }
    }

    @Test func deleteWithBodyClosesTheConnection() async throws {
        try await withBasicGateway { port in
            var request = Self.head([
                "DELETE /reflect/ HTTP/1.1", "Host: localhost", "Content-Type: application/json", "Content-Length: 7",
            ])
            request += Array("{\"a\":1}".utf8)
            let exchange = try await RawHTTPClient.sendKeepingOpen(port: port, request)
            #expect(exchange.closedByServer)
            #expect(exchange.response.statusLine == "HTTP/1.1 400 Bad Request")
            #expect(
                exchange.response.headerLines(excluding: ["date"]) == corsBlock + [
                    exposeWithoutUUID, "Content-Type: application/json", "Content-Length: 179", "Connection: close",
                ])
            let check = try await RawHTTPClient.request(port: port, "DELETE", "/reflect/?a=1")
            #expect(check.bodyText == "{\n  \"a\": \"1\"\n}")
        }
    }

    /// A second request on the same connection is answered: no read timeout decides the
    /// verdict, so a loaded machine cannot break it.
    @Test func ordinaryResponsesKeepTheConnectionOpen() async throws {
        try await withBasicGateway { port in
            let first = Self.head(["GET /my_function/ HTTP/1.1", "Host: localhost"])
            let second = Self.head(["GET /my_function/ HTTP/1.1", "Host: localhost", "Connection: close"])
            let text = try await RawHTTPClient.exchangeText(port: port, first + second)
            #expect(text.components(separatedBy: "HTTP/1.1 200 OK\r\n").count == 3)
            #expect(text.hasSuffix("\r\n\r\n6"))
        }
    }
}
