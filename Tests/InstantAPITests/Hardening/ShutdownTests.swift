import Foundation
import InstantAPITesting
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The example server, started as its own process, exits promptly on SIGTERM even while a
/// client holds a half-sent request body: its connection is closed at once rather than waited
/// for. The bound checked is the contract (drain timeout 30 s + grace 5 s, plus slack for a
/// loaded machine); a healthy run takes well under a second.
@Suite("Shutdown", .serialized)
struct ShutdownTests {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `HelloAPI`, built beside the test bundle by `swift build --build-tests`.
    static var exampleServer: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("HelloAPI")
    }

    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Int32 in
                guard bind(fd, pointer, length) == 0 else { return -1 }
                return getsockname(fd, pointer, &length)
            }
        }
        guard bound == 0 else { throw GatewayTestClientError.connectionFailed("no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test func sigtermWithAStuckClientExitsWithinTheDrainBound() async throws {
        let binary = Self.exampleServer
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build HelloAPI first: \(binary.path)")
        let port = try Self.freePort()
        let process = Process()
        process.executableURL = binary
        process.currentDirectoryURL = Self.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["PORT"] = String(port)
        environment["NODE_ENV"] = "production"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // Up once it answers; a half-sent body then holds a connection open.
        var up = false
        for _ in 0..<600 where !up {
            up = (try? await RawHTTPClient.request(port: port, "GET", "/hello/")) != nil
            if !up { try await Task.sleep(for: .milliseconds(100)) }
        }
        try #require(up, "the example server did not start")
        let stuck = try LoopbackSocket(port: port, readTimeout: 60)
        defer { stuck.close() }
        stuck.send(Array("POST /hello/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{".utf8))
        try await Task.sleep(for: .milliseconds(200))

        let signalled = ContinuousClock.now
        kill(process.processIdentifier, SIGTERM)
        while process.isRunning, ContinuousClock.now - signalled < .seconds(45) {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(!process.isRunning, "still running 45 s after SIGTERM")
        let closed = try await LoopbackSocket.onThread { stuck.readToEnd().closedByServer }
        #expect(closed)
    }
}
