import Foundation
import Hummingbird
import HummingbirdTesting
import InstantAPI
import Testing

/// What a program's `main` sees when the gateway cannot start: a clean message and exit 1.
@Suite("Start-up failures")
struct StartupFailureTests {
    /// The example server binary, built beside the test bundle by `swift build --build-tests`.
    static var exampleBinary: URL? {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [products, products.deletingLastPathComponent()] {
            let binary = candidate.appendingPathComponent("HelloAPI")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        return nil
    }

    /// Runs the example server in `directory` with `PORT=port`; its exit status and standard error.
    static func runExample(in directory: String, port: Int) throws -> (Int32, String) {
        let binary = try #require(exampleBinary, "build the HelloAPI product first (swift build --build-tests)")
        let process = Process()
        process.executableURL = binary
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ["PORT": String(port), "PATH": "/usr/bin:/bin"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test func aPortInUseIsAMessageAndExitStatusOne() async throws {
        let repositoryRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let busy = Application(router: Router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await busy.test(.live) { client in
            let port = try #require(client.port)
            let (status, errors) = try Self.runExample(in: repositoryRoot, port: port)
            #expect(status == 1)
            #expect(errors.contains("cannot listen on 127.0.0.1:\(port)"))
            #expect(!errors.contains("crashed"))
            #expect(errors.split(separator: "\n").count == 1)
        }
    }

    @Test func aLoadErrorIsItsLinesAndExitStatusOne() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("startup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("functions"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "export default async function () {}\n".write(
            to: directory.appendingPathComponent("functions/stray.mjs"), atomically: true, encoding: .utf8)
        let (status, errors) = try Self.runExample(in: directory.path, port: 0)
        #expect(status == 1)
        #expect(errors.contains("functions/stray.mjs:1: error: \"stray\" has a default export but no closure is registered"))
        #expect(!errors.contains("crashed"))
    }

    @Test func runThrowsWhatStoppedIt() async throws {
        let gateway = Gateway()
        gateway.register("ghost", method: .get) { _ in "boo" }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        await #expect(throws: GatewayLoadError.self) {
            try await gateway.run(root: root.path, server: .init(address: .hostname("127.0.0.1", port: 0)))
        }
    }
}
