import Foundation
import Testing
@testable import InstantAPICore

/// Loading a whole tree: every problem of every file is reported together, with file and line.
@Suite struct ManifestLoaderTests {
    /// A throw-away project root with the given files under `functions/`.
    final class Project {
        let root: URL

        init(_ files: [String: String]) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("instant-loader-\(UUID().uuidString)")
            for (path, text) in files {
                let url = root.appendingPathComponent("functions/" + path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: false, encoding: .utf8)
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func load() -> ManifestSet { ManifestLoader(environment: [:]).load(root: root) }
    }

    @Test func loadsRoutesAndMethods() throws {
        let project = try Project([
            "index.mjs": "export default async () => {}",
            "v1/items.mjs": """
                /**
                 * List items
                 * @param {integer{1,100}} limit How many
                 */
                export async function GET (limit = 10) {}
                /** Create an item */
                export async function POST () {}
                """,
            "v1/404.js": "module.exports = async (context) => {};",
        ])
        let manifests = project.load()
        #expect(manifests.diagnostics == [])
        // Files are visited in name order, so results are the same on every machine.
        #expect(manifests.definitions.map(\.name) == ["", "v1:notfound", "v1/items#GET", "v1/items#POST"])
        let get = try #require(manifests.definitions.first { $0.name == "v1/items#GET" })
        #expect(get.pathname == "functions/v1/items.mjs")
        #expect(get.method == .GET)
        #expect(get.description == "List items")
        #expect(get.params == [
            Parameter(name: "limit", type: .integer, description: "How many", defaultValue: 10, range: .init(min: 1, max: 100))
        ])
    }

    @Test func reportsEveryProblemWithFileAndLine() throws {
        let project = try Project([
            "1bad.mjs": "export default async () => {}",
            "notes.txt": "hello",
            "typo.mjs": """
                /**
                 * Broken
                 * @param {strin} name Who
                 */
                export default async (name) => {}
                """,
            "same.mjs": "export default async () => {}",
            "same/index.js": "module.exports = async () => {};",
            "fine.mjs": "export async function GET () {}",
        ])
        let manifests = project.load()
        let rendered = manifests.diagnostics.map(\.description)
        #expect(manifests.hasErrors)
        #expect(manifests.definitions.map(\.name).contains("fine#GET"))
        #expect(rendered.contains { $0.hasPrefix("functions/1bad.mjs: error: Invalid endpoint file: \"1bad\"") })
        #expect(rendered.contains("functions/notes.txt: error: Invalid endpoint file: No function parser available for extension \".txt\""))
        #expect(rendered.contains { $0.hasPrefix("functions/typo.mjs:3: error: ") && $0.contains("Type \"strin\" not supported") })
        // The folder `same/` sorts before `same.mjs`, so the file is the duplicate.
        #expect(rendered.contains("functions/same.mjs:1: error: Endpoint \"same\" was already defined in functions/same/index.js; a route can only be defined by one file"))
        #expect(manifests.diagnostics.count == 4)
    }

    @Test func aMissingFunctionsFolderIsADiagnostic() {
        let manifests = ManifestLoader(environment: [:]).load(
            root: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"))
        #expect(manifests.hasErrors)
        #expect(manifests.definitions.isEmpty)
    }

    @Test func garbageFilesGiveDiagnosticsNotCrashes() throws {
        var generator = SplitMix64(seed: 0x1A57_A911)
        var files: [String: String] = [:]
        for index in 0..<200 {
            let length = Int(generator.next() % 400)
            var bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            // Half of them start like a manifest so the comment and signature parsers get exercised.
            if index.isMultiple(of: 2) {
                bytes = Array("/**\n * @param {".utf8) + bytes
            }
            files["fuzz\(index).mjs"] = String(decoding: bytes, as: UTF8.self)
        }
        files["deep.mjs"] = "/** @param {" + String(repeating: "array<", count: 20_000) + "} a */ export default async (a) => {}"
        files["deepdefault.mjs"] = "export default async (a = " + String(repeating: "[", count: 50_000) + ") => {}"
        files["unterminated.mjs"] = "/**\n * @param {string} a\n"
        let manifests = try Project(files).load()
        #expect(manifests.diagnostics.count + manifests.definitions.count >= 1)
        #expect(manifests.diagnostics.contains { $0.file == "functions/deep.mjs" })
        #expect(manifests.diagnostics.contains { $0.file == "functions/deepdefault.mjs" })
    }
}

