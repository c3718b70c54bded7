import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let noSignal = Int32(MSG_NOSIGNAL)
#else
private let noSignal: Int32 = 0
#endif

/// `send(2)` without SIGPIPE (the server may close first); a free function so the name does
/// not resolve to `RawHTTPClient.send`.
private func sendBytes(_ fd: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
    send(fd, pointer, count, noSignal)
}

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
        let (bytes, closed): ([UInt8], Bool) = try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try exchangeKeepingOpen(port: port, request, timeoutSeconds) })
            }
            thread.start()
        }
        return ClosingExchange(response: try parse(bytes), closedByServer: closed)
    }

    private static func exchangeKeepingOpen(port: Int, _ request: [UInt8], _ timeoutSeconds: Int) throws -> (
        [UInt8], Bool
    ) {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw RawHTTPError.socket }
        defer { close(fd) }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw RawHTTPError.connect }
        var sent = 0
        while sent < request.count {
            let n = request[sent...].withUnsafeBytes { sendBytes(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            sent += n
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n == 0 { return (received, true) }
            if n < 0 { return (received, errno == ECONNRESET) }
            received.append(contentsOf: buffer[0..<n])
        }
    }
}
