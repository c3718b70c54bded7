import Foundation
import HTTPTypes
@testable import InstantAPI
import InstantAPICore
import InstantAPITesting
import Testing

/// A running development gateway follows its manifests and static files; a change that does
/// not load keeps the last routes that did. (Bounds are generous: a loaded machine may take
/// longer than the half second the watcher needs here, and that is not a fault.)
@Suite("Hot reload")
struct HotReloadTests {
    private static let manifest = """
        /**
         * Where
         * @param {string} location
         * @returns {string} where
         */
        export async function GET (location) { return location; }

        """

    private func project() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hot-reload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("functions"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("www"), withIntermediateDirectories: true)
        try write(Self.manifest, to: root.appendingPathComponent("functions/weather.mjs"))
        return root
    }

    private func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    /// Polls `check` until it holds (at most 20 s); returns how long it took.
    private func eventually(_ check: () async throws -> Bool) async throws -> Duration {
        let start = ContinuousClock.now
        while ContinuousClock.now - start < .seconds(20) {
            if try await check() { return ContinuousClock.now - start }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("the change was not picked up within 20 s")
        return ContinuousClock.now - start
    }

    @Test func changesTakeEffectAndBrokenManifestsKeepTheLastRoutes() async throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let gateway = Gateway(configuration: GatewayConfiguration(hotReload: .init(isEnabled: true, interval: .milliseconds(100))))
        gateway.register("weather", method: .get) { context in context.params["location"]?.stringValue ?? "" }
        let loaded = try gateway.load(root: root.path)
        #expect(loaded.services.count == 2)
        let manifest = root.appendingPathComponent("functions/weather.mjs")
        try await loaded.withTestClient(.live) { client in
            #expect(try await client.get("/weather/?location=Toronto").text == "\"Toronto\"")

            // A narrower type takes effect.
            try write(Self.manifest.replacingOccurrences(of: "{string}", with: "{string{1..3}}"), to: manifest)
            let took = try await eventually { try await client.get("/weather/?location=Toronto").status == .badRequest }
            print("hot reload: a changed range took effect after \(took)")
            #expect(try await client.get("/weather/?location=abc").status == .ok)

            // A broken manifest: the last routes keep serving, the problem is on /docs.
            try write(Self.manifest.replacingOccurrences(of: "{string}", with: "{strng}"), to: manifest)
            _ = try await eventually { try await client.get("/docs").text.contains("Manifest problems") }
            let docs = try await client.get("/docs").text
            #expect(docs.contains("functions/weather.mjs:3: error:"))
            #expect(docs.contains("did you mean &quot;string&quot;?"))
            #expect(try await client.get("/weather/?location=Toronto").status == .badRequest)
            #expect(try await client.get("/weather/?location=abc").text == "\"abc\"")

            // A new static file is served; a new method without a closure says what to add.
            try write("fresh", to: root.appendingPathComponent("www/new.txt"))
            try write(Self.manifest + "export async function POST (location) { return location; }\n", to: manifest)
            _ = try await eventually { try await client.get("/new.txt").status == .ok }
            #expect(try await client.get("/new.txt").text == "fresh")
            #expect(!(try await client.get("/docs").text.contains("Manifest problems")))
            let post = try await client.post("/weather/", json: ["location": "x"])
            #expect(post.status == .notImplemented)
            #expect(post.text.contains(#"add gateway.register(\"weather\", method: .post)"#))
        }
    }

    @Test func offInProductionAndWhenDisabled() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        for configuration in [GatewayConfiguration(environment: .production), GatewayConfiguration(hotReload: .disabled)] {
            let gateway = Gateway(configuration: configuration)
            gateway.register("weather", method: .get) { _ in "" }
            #expect(try gateway.load(root: root.path).services.count == 1)
        }
    }

    @Test func fingerprintsSeeEditsAdditionsAndRemovals() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let folders = [root.appendingPathComponent("functions"), root.appendingPathComponent("www"), root.appendingPathComponent("missing")]
        let first = FolderFingerprint(folders)
        #expect(FolderFingerprint(folders) == first)
        try write("x", to: root.appendingPathComponent("www/a.txt"))
        let added = FolderFingerprint(folders)
        #expect(added != first)
        try write("xy", to: root.appendingPathComponent("www/a.txt"))
        #expect(FolderFingerprint(folders) != added)
        try FileManager.default.removeItem(at: root.appendingPathComponent("www/a.txt"))
        #expect(FolderFingerprint(folders) == first)
    }
}
