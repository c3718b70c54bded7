import Foundation
import HTTPTypes

/// Parses one HTTP/1.1 response read to the end of its connection.
public enum HTTPResponseParser {
    /// The response as a `GatewayTestResponse`; throws when the status line is not HTTP.
    /// Header lines whose name is not a valid field name are left out.
    public static func parse(_ bytes: [UInt8]) throws -> GatewayTestResponse {
        let message = try split(bytes)
        let statusParts = message.statusLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/"), let code = Int(statusParts[1]),
            (100...999).contains(code)
        else {
            throw GatewayTestClientError.malformedResponse
        }
        var fields = HTTPFields()
        for (name, value) in message.headers {
            guard let fieldName = HTTPField.Name(name) else { continue }
            fields.append(HTTPField(name: fieldName, value: value))
        }
        let closes = fields[.connection]?.lowercased() == "close"
        let status = HTTPResponse.Status(code: code, reasonPhrase: statusParts.count > 2 ? String(statusParts[2]) : "")
        return GatewayTestResponse(status: status, headers: fields, body: message.body, closesConnection: closes)
    }

    /// The status line exactly as sent, the header lines in wire order and the body
    /// (de-chunked, or cut to `Content-Length`); throws when there is no complete head.
    public static func split(_ bytes: [UInt8]) throws -> (
        statusLine: String, headers: [(name: String, value: String)], body: [UInt8]
    ) {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = bytes.firstRange(of: separator) else { throw GatewayTestClientError.malformedResponse }
        var lines = String(decoding: bytes[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst()
        var headers: [(name: String, value: String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let value = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
            headers.append((String(line[..<colon]), String(value)))
        }
        var body = Array(bytes[end.upperBound...])
        let chunked = headers.contains {
            $0.name.lowercased() == "transfer-encoding" && $0.value.lowercased().contains("chunked")
        }
        if chunked {
            body = dechunk(body)
        } else if let length = headers.first(where: { $0.name.lowercased() == "content-length" }).flatMap({ Int($0.value) }),
            length < body.count
        {
            body = Array(body.prefix(length))
        }
        return (statusLine, headers, body)
    }

    /// The payload of a chunked body; a chunk cut short (the stream was read only in part)
    /// contributes the bytes that arrived.
    public static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard let lineEnd = bytes[index...].firstRange(of: [13, 10]) else { break }
            let sizeText = String(decoding: bytes[index..<lineEnd.lowerBound], as: UTF8.self)
            let sizeField = sizeText.split(separator: ";").first.map(String.init) ?? ""
            guard let size = Int(sizeField.trimmingCharacters(in: .whitespaces), radix: 16), size > 0 else { break }
            let start = lineEnd.upperBound
            guard start + size <= bytes.count else {
                out.append(contentsOf: bytes[start...])
                break
            }
            out.append(contentsOf: bytes[start..<start + size])
            index = start + size + 2
        }
        return out
    }
}
