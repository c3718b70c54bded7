import Foundation
import Hummingbird
import HummingbirdTesting
import InstantAPI
import Testing

/// Serves `Fixtures/static` (or another root with the same `functions/`) on a loopback port.
func withStaticGateway(
    root: String? = nil, _ configuration: GatewayConfiguration = GatewayConfiguration(),
    errors: ErrorLog? = nil, _ test: @escaping @Sendable (Int) async throws -> Void
) async throws {
    let gateway = Gateway(configuration: configuration)
    gateway.register("hello", method: nil) { _ in "hello" }
    if let errors { gateway.setErrorHandler { event in errors.add(event.type) } }
    let loaded = try gateway.load(root: try root ?? Fixture.root("static"))
    try await loaded.loopbackApplication().test(.live) { client in
        try await test(try #require(client.port))
    }
}

/// A copy of `Fixtures/static` in a fresh temporary folder, removed after `body`.
func withStaticCopy(_ body: (URL) async throws -> Void) async throws {
    let manager = FileManager.default
    let temp = manager.temporaryDirectory.appendingPathComponent("static-\(UUID().uuidString)")
    try manager.copyItem(at: URL(fileURLWithPath: try Fixture.root("static")), to: temp)
    defer { try? manager.removeItem(at: temp) }
    try await body(temp)
}

extension RawResponse {
    /// Header lines with the per-request values (`X-Execution-Uuid`, `Etag`, `Last-Modified`)
    /// replaced by `*`.
    var maskedLines: [String] {
        headerLines().map { line in
            for name in ["X-Execution-Uuid: ", "Etag: ", "Last-Modified: "] where line.hasPrefix(name) {
                return name + "*"
            }
            return line
        }
    }
}

/// The header lines of a static response after its own headers: the CORS block and the
/// expose list naming `names` first.
func staticTail(_ names: [String]) -> [String] {
    corsBlock + [
        "Access-Control-Expose-Headers: "
            + (names + [
                "x-instant-api", "access-control-allow-origin", "access-control-allow-methods",
                "access-control-allow-headers",
            ]).joined(separator: ", ")
    ]
}

/// The header lines of a 200 static response of `type` and `length`.
func staticOK(_ type: String, _ length: Int) -> [String] {
    [
        "X-Execution-Uuid: *", "Accept-Ranges: bytes", "Content-Type: \(type)", "Content-Length: \(length)",
        "Etag: *", "Last-Modified: *",
    ]
        + staticTail([
            "x-execution-uuid", "accept-ranges", "content-type", "content-length", "etag", "last-modified",
        ])
}
