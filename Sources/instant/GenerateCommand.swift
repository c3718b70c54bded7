import ArgumentParser
import Foundation
import InstantAPIGenerator

/// `instant generate [ROOT] [--output FILE] [--access …]`: the typed Swift API of a project's
/// manifests, the same code the InstantAPIGenerator build plugin writes, for teams that commit it.
/// ROOT/instant-api.json, when present, sets the options (``GeneratorConfiguration``).
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate typed Swift endpoints (parameters, results, streams, a protocol) from ROOT/functions."
    )

    @Argument(help: "The project root, holding functions/.", completion: .directory)
    var root: String = "."

    @Option(name: .shortAndLong, help: "Where to write the Swift file (standard output when omitted).")
    var output: String?

    @Option(help: "internal, package or public (default: ROOT/instant-api.json's, else internal).")
    var access: String?

    @Option(help: "The name of the generated protocol (default: APIProtocol).")
    var protocolName: String?

    func run() throws {
        let rootURL = URL(fileURLWithPath: root, isDirectory: true)
        var options = APISourceGenerator.Options()
        let configuration = rootURL.appendingPathComponent(GeneratorConfiguration.fileName)
        if FileManager.default.fileExists(atPath: configuration.path) {
            options = try GeneratorConfiguration.options(from: configuration).get()
        }
        if let access {
            guard let level = APISourceGenerator.AccessLevel(rawValue: access) else {
                throw ValidationError("--access takes internal, package or public")
            }
            options.access = level
        }
        if let protocolName { options.protocolName = protocolName }
        let generator = APISourceGenerator(options: options)
        switch generator.load(root: rootURL) {
        case .failure(let failure):
            for diagnostic in failure.diagnostics {
                FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
            }
            throw ExitCode(1)
        case .success(let definitions):
            let source = generator.source(for: definitions)
            guard let output else {
                FileHandle.standardOutput.write(Data(source.utf8))
                return
            }
            try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        }
    }
}
