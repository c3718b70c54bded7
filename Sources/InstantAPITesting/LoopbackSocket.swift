import Foundation
import Synchronization

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

// Free functions, so the names do not resolve to the methods of `LoopbackSocket`.
private func systemClose(_ fd: Int32) { _ = close(fd) }
private func systemSend(_ fd: Int32, _ pointer: UnsafeRawPointer?, _ count: Int, _ flags: Int32) -> Int {
    send(fd, pointer, count, flags)
}
private func systemRead(_ fd: Int32, _ pointer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, pointer, count) }

/// A blocking TCP connection to `127.0.0.1`, for tests and benchmarks that need the raw bytes
/// (early disconnects, slow readers, malformed requests). Blocking calls belong on their own
/// thread (`onThread`), so the cooperative pool that the server under test needs is never blocked.
public final class LoopbackSocket: Sendable {
    /// Seconds without data after which a read gives up, unless told otherwise.
    public static let defaultReadTimeout = 30

    private let fd: Int32
    private let isClosed = Mutex(false)

    /// Connects to `port`. `readTimeout` (seconds, `nil` for none) bounds each read;
    /// `receiveBufferSize` is set before connecting, so the advertised window is small too.
    public init(port: Int, readTimeout: Int? = LoopbackSocket.defaultReadTimeout, receiveBufferSize: Int32? = nil) throws {
        #if canImport(Glibc)
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw GatewayTestClientError.connectionFailed("socket") }
        if let readTimeout {
            var timeout = timeval(tv_sec: readTimeout, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }
        if let receiveBufferSize { setReceiveBufferSize(receiveBufferSize) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(truncatingIfNeeded: port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            systemClose(fd)
            throw GatewayTestClientError.connectionFailed("connect to port \(port)")
        }
    }

    deinit { close() }

    /// Sets `SO_RCVBUF` (a small buffer makes a client that does not read push back sooner).
    public func setReceiveBufferSize(_ bytes: Int32) {
        var size = bytes
        setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Sends all of `bytes`, stopping early (without SIGPIPE) when the server has closed,
    /// e.g. after answering 413 before the whole body arrived.
    public func send(_ bytes: [UInt8]) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { systemSend(fd, $0.baseAddress, $0.count, noSignal) }
            guard count > 0 else { break }
            sent += count
        }
    }

    /// One `read(2)` into `buffer` (up to its size): the byte count, `0` at end of stream,
    /// negative on error or timeout (`errno` tells which).
    public func read(into buffer: inout [UInt8]) -> Int {
        buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
    }

    /// Reads until the server closes the connection or a read times out; `closedByServer` is
    /// true on end of stream or a reset.
    public func readToEnd() -> (bytes: [UInt8], closedByServer: Bool) {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(into: &buffer)
            if count == 0 { return (received, true) }
            if count < 0 { return (received, errno == ECONNRESET) }
            received.append(contentsOf: buffer[0..<count])
        }
    }

    /// Reads into `received` until it contains `marker`, the server closes or a read times out.
    public func receive(until marker: [UInt8], into received: inout [UInt8]) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while received.firstRange(of: marker) == nil {
            let count = read(into: &buffer)
            if count <= 0 { return }
            received.append(contentsOf: buffer[0..<count])
        }
    }

    /// Closes the connection (once; later calls do nothing).
    public func close() {
        let shouldClose = isClosed.withLock { isClosed in
            defer { isClosed = true }
            return !isClosed
        }
        if shouldClose { systemClose(fd) }
    }

    /// Sends `request` on a fresh connection and reads until the server closes it.
    public static func exchange(
        port: Int, _ request: [UInt8], readTimeout: Int = LoopbackSocket.defaultReadTimeout
    ) throws -> [UInt8] {
        let socket = try LoopbackSocket(port: port, readTimeout: readTimeout)
        defer { socket.close() }
        socket.send(request)
        return socket.readToEnd().bytes
    }

    /// Runs blocking socket work on its own thread, off the cooperative pool the server needs.
    public static func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }
}
