import ArgumentParser
import Foundation
import InstantAPICore

/// `instant check [ROOT] [--format text|json]`: every diagnostic of a project's manifests;
/// exit 1 on any error. JSON is for editors and CI annotations.
struct CheckCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse every manifest under ROOT/functions and report all problems."
    )

    @Argument(help: "The project root, holding functions/.", completion: .directory)
    var root: String = "."

    @Option(help: "text (file:line: severity: message on stderr) or json (one document on stdout).")
    var format: Format = .text

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
        let errors = manifests.diagnostics.filter { $0.severity == .error }.count
        if format == .json {
            let document: JSONValue = [
                "endpoints": .number(Double(manifests.definitions.count)), "errors": .number(Double(errors)),
                "diagnostics": .array(manifests.diagnostics.map { diagnostic in
                    [
                        "file": .string(diagnostic.file), "line": diagnostic.line.map { .number(Double($0)) } ?? .null,
                        "severity": .string(diagnostic.severity.rawValue), "message": .string(diagnostic.message),
                    ]
                }),
            ]
            FileHandle.standardOutput.write(Data((document.jsonString(pretty: true) + "\n").utf8))
            if errors > 0 { throw ExitCode(1) }
            return
        }
        for diagnostic in manifests.diagnostics {
            FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
        }
        let summary = "\(manifests.definitions.count) endpoint\(manifests.definitions.count == 1 ? "" : "s"), \(errors) error\(errors == 1 ? "" : "s")\n"
        FileHandle.standardOutput.write(Data(summary.utf8))
        if errors > 0 { throw ExitCode(1) }
    }
}
