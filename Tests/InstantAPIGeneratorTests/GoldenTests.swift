import Foundation
import InstantAPICore
import Testing

@testable import InstantAPIGenerator

/// The generated Swift of the manifest fixtures, compared with checked-in golden files
/// (`Golden/*.swift.golden`). After an intended change, regenerate them with
/// `INSTANT_UPDATE_GOLDEN=1 swift test --filter InstantAPIGeneratorTests` and review the diff;
/// scripts/check-generated-api.sh compiles them without warnings.
struct GoldenTests {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = tests.appendingPathComponent("InstantAPICoreTests/Fixtures")

    /// The fixture tree `comprehensive/`: every type, nesting, enums, unions, KeyQL, routes.
    @Test func comprehensive() throws {
        let set = ManifestLoader(environment: [:]).load(
            folder: Self.fixtures.appendingPathComponent("comprehensive"), pathnamePrefix: "functions/")
        #expect(!set.hasErrors, "\(set.diagnostics)")
        try expectGolden(APISourceGenerator().source(for: set.definitions), named: "comprehensive")
    }

    /// Every valid manifest of the parser's case table (streams, KeyQL, ranges, sizes, options…).
    @Test func validCases() throws {
        let folder = Self.fixtures.appendingPathComponent("cases")
        let table = try String(contentsOf: folder.appendingPathComponent("EXPECTED.tsv"), encoding: .utf8)
        var definitions: [EndpointDefinition] = []
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, fields[1] == "valid" else { continue }
            let url = folder.appendingPathComponent(String(fields[0]))
            definitions += try ManifestLoader(environment: ["CASE_ORIGIN": "hello.com"]).parseStandalone(
                url: url, pathname: "cases/" + fields[0])
        }
        #expect(definitions.count > 80)
        try expectGolden(APISourceGenerator().source(for: definitions), named: "cases")
    }

    /// The example's own functions/ (what the HelloAPIEndpoints target compiles), public.
    @Test func example() throws {
        let root = Self.tests.deletingLastPathComponent()
        let generator = APISourceGenerator(options: .init(access: .public))
        let definitions = try generator.load(root: root).get()
        try expectGolden(generator.source(for: definitions), named: "example")
    }

    /// The output depends only on the manifests: shuffled definitions give the same text.
    @Test func deterministic() throws {
        let set = ManifestLoader(environment: [:]).load(
            folder: Self.fixtures.appendingPathComponent("comprehensive"), pathnamePrefix: "functions/")
        let generator = APISourceGenerator()
        #expect(generator.source(for: set.definitions.reversed()) == generator.source(for: set.definitions))
    }

    private func expectGolden(_ source: String, named name: String) throws {
        let url = Self.tests.appendingPathComponent("InstantAPIGeneratorTests/Golden/\(name).swift.golden")
        if ProcessInfo.processInfo.environment["INSTANT_UPDATE_GOLDEN"] == "1" {
            try Data(source.utf8).write(to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(source == golden, "Golden/\(name).swift.golden differs: rerun with INSTANT_UPDATE_GOLDEN=1 and review the diff")
    }
}
