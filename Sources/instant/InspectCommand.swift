import ArgumentParser
import Foundation
import InstantAPICore

/// `instant inspect PATH`: the parsed definitions of a manifest file or a functions folder, as
/// JSON with the original framework's field names.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print the parsed definitions of a manifest file or a functions/ folder as JSON."
    )

    @Argument(help: "A manifest file (.js, .mjs, .cjs) or a folder of manifests.", completion: .file())
    var path: String

    func run() throws {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            FileHandle.standardError.write(Data("\(path): error: no such file or folder\n".utf8))
            throw ExitCode(1)
        }
        let loader = ManifestLoader()
        let definitions: [EndpointDefinition]
        if isDirectory.boolValue {
            let prefix = path.hasSuffix("/") ? path : path + "/"
            let manifests = loader.load(folder: url, pathnamePrefix: prefix == "./" ? "" : prefix)
            for diagnostic in manifests.diagnostics {
                FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
            }
            if manifests.hasErrors { throw ExitCode(1) }
            definitions = manifests.definitions
        } else {
            do {
                definitions = try loader.parseStandalone(url: url, pathname: path)
            } catch {
                let diagnostic = Diagnostic(file: path, line: error.line, message: error.message)
                FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
                throw ExitCode(1)
            }
        }
        let json = JSONValue.array(definitions.map(\.definitionJSON)).jsonString(pretty: true)
        FileHandle.standardOutput.write(Data((json + "\n").utf8))
    }
}
