import ArgumentParser
import Foundation
import InstantAPICore

/// `instant check [ROOT]`: every diagnostic of a project's manifests; exit 1 on any error.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse every manifest under ROOT/functions and report all problems."
    )

    @Argument(help: "The project root, holding functions/.", completion: .directory)
    var root: String = "."

    func run() throws {
        let rootURL = URL(fileURLWithPath: root)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rootURL.appendingPathComponent("functions").path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            FileHandle.standardError.write(Data("\(root): error: no functions/ folder\n".utf8))
            throw ExitCode(1)
        }
        let manifests = ManifestLoader().load(root: rootURL)
        for diagnostic in manifests.diagnostics {
            FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
        }
        let errors = manifests.diagnostics.filter { $0.severity == .error }.count
        let summary = "\(manifests.definitions.count) endpoint\(manifests.definitions.count == 1 ? "" : "s"), \(errors) error\(errors == 1 ? "" : "s")\n"
        FileHandle.standardOutput.write(Data(summary.utf8))
        if errors > 0 { throw ExitCode(1) }
    }
}
