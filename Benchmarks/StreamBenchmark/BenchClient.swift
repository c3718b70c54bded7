import Foundation
import InstantAPITesting

/// A blocking loopback HTTP client for the benchmark: sends one request, then reads the
/// response as fast as it can or slowly, counting SSE frames (`\n\n`) as they arrive.
final class BenchClient {
    private let socket: LoopbackSocket

    init?(port: Int, request: String, receiveBuffer: Int32? = nil) {
        guard let socket = try? LoopbackSocket(port: port, readTimeout: nil, receiveBufferSize: receiveBuffer) else {
            return nil
        }
        self.socket = socket
        socket.send(Array(request.utf8))
    }

    /// Reads until the server closes (or `deadline`), `chunk` bytes at a time with `pause`
    /// between reads; returns the number of SSE frames seen.
    func read(chunk: Int = 1 << 16, pause: Duration? = nil, until deadline: ContinuousClock.Instant? = nil) -> Int {
        var buffer = [UInt8](repeating: 0, count: chunk)
        var frames = 0
        var previousWasNewline = false
        while true {
            if let deadline, ContinuousClock.now >= deadline { break }
            let n = socket.read(into: &buffer)
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
