import Foundation
import HummingbirdTesting
import InstantAPI
@testable import MountedAPI
import Testing

/// `Examples/MountedAPI` as `swift run MountedAPI` serves it, on a free loopback port.
@Suite("Example: MountedAPI")
struct MountedAPIExampleTests {
    @Test func healthHelloAndWhoami() async throws {
        let app = try MountedAPI.makeApplication(port: 0)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let health = try await RawHTTPClient.request(port: port, "GET", "/health")
            #expect(health.bodyText == "ok")
            #expect(health.header("X-Instant-Api") == nil)

            let hello = try await RawHTTPClient.request(port: port, "GET", "/api/hello/?name=x")
            #expect(hello.statusLine == "HTTP/1.1 200 OK")
            #expect(hello.bodyText == "\"hello x\"")
            #expect(
                hello.headerLines(excluding: ["date", "connection", "x-execution-uuid"]) == [
                    "X-Instant-Api: true", "Access-Control-Allow-Origin: *",
                    "Access-Control-Allow-Methods: GET, POST, OPTIONS, HEAD, PUT, DELETE",
                    "Access-Control-Allow-Headers: ", exposeWithUUID,
                    "Content-Type: application/json", "Content-Length: 9",
                ])

            let alice = try await RawHTTPClient.request(
                port: port, "GET", "/api/whoami/", headers: [("Authorization", "Bearer alice")])
            #expect(alice.statusLine == "HTTP/1.1 200 OK")
            #expect(alice.bodyText == "\"alice\"")

            let anonymous = try await RawHTTPClient.request(port: port, "GET", "/api/whoami/")
            #expect(anonymous.statusLine == "HTTP/1.1 401 Unauthorized")
            #expect(try JSONValue.parse(bytes: anonymous.body)["error"]?["type"] == "UnauthorizedError")
        }
    }

    @Test func servesItsOwnFolderWhereverItIsStarted() {
        #expect(MountedAPI.root.hasSuffix("Examples/MountedAPI"))
        #expect(FileManager.default.fileExists(atPath: MountedAPI.root + "/functions/whoami.mjs"))
    }
}
