import ArgumentParser
import Foundation
import InstantAPICore

/// `instant openapi [ROOT] [--yaml]`: the OpenAPI document the gateway serves at
/// `/.well-known/openapi.json`, generated offline from the manifests.
struct OpenAPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi",
        abstract: "Print the OpenAPI 3.1 document of ROOT/functions (JSON, or YAML with --yaml)."
    )

    @Argument(help: "The project root, holding functions/.", completion: .directory)
    var root: String = "."

    @Flag(help: "Print YAML instead of JSON.")
    var yaml = false

    @Option(help: "The API name (info.title).")
    var name: String?

    @Option(name: .customLong("description"), help: "The API description (info.description).")
    var apiDescription: String?

    @Option(help: "The API version (info.version).")
    var version: String = "1.0.0"

    // The served document gives the URL each request reached; offline, the example's default.
    @Option(help: "The server URL (servers[0].url).")
    var server: String = "http://localhost:8000"

    func run() throws {
        let rootURL = URL(fileURLWithPath: root)
        let manifests = ManifestLoader().load(root: rootURL)
        let errors = manifests.diagnostics.filter { $0.severity == .error }
        for diagnostic in errors {
            FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
        }
        if !errors.isEmpty { throw ExitCode(1) }
        var metadata = APIMetadata(version: version, origin: server, serverURL: server)
        if let name { metadata.name = name }
        if let apiDescription { metadata.description = apiDescription }
        let document = OpenAPIDocument.generate(manifests.definitions, metadata: metadata)
        let text = yaml ? try YAMLDocument.render(document) : document.jsonString(pretty: true) + "\n"
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
