import Foundation
import InstantAPICore
import Testing

/// The OpenAPI document of the repository's own `functions/`, compared with a golden file.
///
/// Regenerate the golden after changing `functions/` or the generator, from the repository root:
/// `swift run instant openapi . > Tests/InstantAPICoreTests/WellKnown/openapi.golden.json`
@Suite("OpenAPI golden file")
struct OpenAPIGoldenTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func exampleFunctionsMatchTheGolden() throws {
        let manifests = ManifestLoader().load(root: Self.repositoryRoot)
        #expect(manifests.diagnostics.filter { $0.severity == .error }.isEmpty)
        // What `instant openapi` prints with its defaults.
        let server = "http://localhost:8000"
        let document = OpenAPIDocument.generate(manifests.definitions, metadata: APIMetadata(origin: server, serverURL: server))
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("openapi.golden.json")
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(document.jsonString(pretty: true) + "\n" == expected)
    }
}
