import Foundation
import InstantAPITesting

/// What came back on a connection the client keeps open, and whether the server closed it.
struct ClosingExchange {
    var response: RawResponse
    /// True when the server closed the connection (EOF or reset) before the read timeout.
    var closedByServer: Bool
}

extension RawHTTPClient {
    /// Sends `request` (which should not ask for `Connection: close`) and reads until the server
    /// closes the connection or `timeoutSeconds` pass without data.
    static func sendKeepingOpen(port: Int, _ request: [UInt8], timeoutSeconds: Int = 3) async throws -> ClosingExchange {
        let (bytes, closed) = try await LoopbackSocket.onThread { () -> ([UInt8], Bool) in
            let socket = try LoopbackSocket(port: port, readTimeout: timeoutSeconds)
            defer { socket.close() }
            socket.send(request)
            return socket.readToEnd()
        }
        return ClosingExchange(response: try parse(bytes), closedByServer: closed)
    }
}
