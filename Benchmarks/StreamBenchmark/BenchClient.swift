import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A blocking loopback HTTP client for the benchmark: sends one request, then reads the
/// response as fast as it can or slowly, counting SSE frames (`\n\n`) as they arrive.
final class BenchClient {
    private let fd: Int32

    init?(port: Int, request: String, receiveBuffer: Int32? = nil) {
        #if canImport(Glibc)
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { return nil }
        if var size = receiveBuffer {
            setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(fd)
            return nil
        }
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    deinit { close(fd) }

    /// Reads until the server closes (or `deadline`), `chunk` bytes at a time with `pause`
    /// between reads; returns the number of SSE frames seen.
    func read(chunk: Int = 1 << 16, pause: Duration? = nil, until deadline: ContinuousClock.Instant? = nil) -> Int {
        var buffer = [UInt8](repeating: 0, count: chunk)
        var frames = 0
        var previousWasNewline = false
        while true {
            if let deadline, ContinuousClock.now >= deadline { break }
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            for index in 0..<n {
                let isNewline = buffer[index] == 10
                if isNewline && previousWasNewline { frames += 1 }
                previousWasNewline = isNewline
            }
            if let pause { Thread.sleep(forTimeInterval: Double(pause.components.attoseconds) / 1e18 + Double(pause.components.seconds)) }
        }
        return frames
    }
}

/// The resident set size and its peak, from /proc (Linux); `nil` elsewhere.
enum ProcessMemory {
    static func kilobytes(_ field: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }
}
