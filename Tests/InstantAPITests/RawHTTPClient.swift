import Foundation
import InstantAPITesting

/// A raw HTTP/1.1 response as it came off the wire.
struct RawResponse {
    var statusLine: String
    /// Header lines in wire order, without `Date`.
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    var bodyText: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Header lines as `Name: value`, excluding the volatile ones.
    func headerLines(excluding excluded: Set<String> = ["date", "connection"]) -> [String] {
        headers.filter { !excluded.contains($0.name.lowercased()) }.map { "\($0.name): \($0.value)" }
    }
}

/// Sends bytes over a fresh loopback TCP connection and reads until the server closes it.
enum RawHTTPClient {
    /// Seconds without data after which a read gives up.
    static let readTimeout = 10

    static func send(port: Int, _ request: [UInt8]) async throws -> RawResponse {
        let bytes = try await LoopbackSocket.onThread {
            try LoopbackSocket.exchange(port: port, request, readTimeout: readTimeout)
        }
        return try parse(bytes)
    }

    /// Sends `request` (several pipelined requests, say) and reads until the server closes:
    /// everything it sent, as text. Reads wait the socket's default 30 s, as slow answers may.
    static func exchangeText(port: Int, _ request: [UInt8]) async throws -> String {
        let bytes = try await LoopbackSocket.onThread { try LoopbackSocket.exchange(port: port, request) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `METHOD target` with headers and an optional body; adds Host, Content-Length and
    /// `Connection: close`.
    static func request(
        port: Int, _ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8] = []
    ) async throws -> RawResponse {
        var text = "\(method) \(target) HTTP/1.1\r\nHost: localhost:\(port)\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        if !body.isEmpty { text += "Content-Length: \(body.count)\r\n" }
        text += "Connection: close\r\n\r\n"
        return try await send(port: port, Array(text.utf8) + body)
    }

    static func parse(_ bytes: [UInt8]) throws -> RawResponse {
        let message = try HTTPResponseParser.split(bytes)
        return RawResponse(statusLine: message.statusLine, headers: message.headers, body: message.body)
    }
}
