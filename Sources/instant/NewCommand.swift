import ArgumentParser
import Foundation
import InstantAPICore

/// `instant new DIR` (a service package) and `instant new endpoint ROUTE` (a manifest in one).
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a service package, or an endpoint in one.",
        subcommands: [NewServiceCommand.self, NewEndpointCommand.self],
        defaultSubcommand: NewServiceCommand.self
    )
}

/// `instant new DIR [--package-path PATH]`: a complete package that builds, tests and serves.
struct NewServiceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "service",
        abstract: "Create a service package in DIR: Package.swift, server, endpoints library, test, functions/, www/."
    )

    @Argument(help: "The folder to create (must not exist or be empty).", completion: .directory)
    var directory: String

    @Option(help: "Depend on a local checkout of instant-api-swift at PATH instead of its URL.", completion: .directory)
    var packagePath: String?

    @Option(help: "The Swift name of the service (default: from the folder's name).")
    var name: String?

    func run() throws {
        let folder = URL(fileURLWithPath: directory).standardizedFileURL
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue, (try manager.contentsOfDirectory(atPath: folder.path)).isEmpty else {
                throw CLIFailure("\(directory): exists and is not an empty folder")
            }
        }
        guard let swiftName = name ?? ServiceTemplate.swiftName(forFolder: folder.lastPathComponent),
            ServiceTemplate.swiftName(forFolder: swiftName) == swiftName
        else {
            throw CLIFailure("\(directory): no Swift name can be made from the folder's name; pass --name")
        }
        let dependency: ServiceTemplate.Dependency =
            packagePath.map { .path(URL(fileURLWithPath: $0).standardizedFileURL.path) } ?? .url(ServiceTemplate.defaultURL)
        let template = ServiceTemplate(name: swiftName, packageName: folder.lastPathComponent, dependency: dependency)
        for file in template.files {
            let url = folder.appendingPathComponent(file.path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
        print("Created \(swiftName) in \(directory). Next:\n  cd \(directory)\n  swift run    # http://127.0.0.1:8000/hello\n  swift test")
    }
}

/// `instant new endpoint ROUTE [--method GET ...]`: the manifest skeleton, and the `register`
/// calls to add printed (the Swift files are the developer's to arrange).
struct NewEndpointCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "endpoint",
        abstract: "Write functions/ROUTE.mjs with one method per --method and print the Swift registration to add."
    )

    @Argument(help: "The route, e.g. v1/greet (served at /v1/greet/).")
    var route: String

    @Option(name: .customLong("method"), help: "GET, POST, PUT or DELETE; repeat for several (default: GET).")
    var methods: [String] = ["GET"]

    @Option(help: "The service's root, holding functions/.", completion: .directory)
    var root: String = "."

    func run() throws {
        let segments = route.split(separator: "/", omittingEmptySubsequences: false)
        guard !route.isEmpty, segments.allSatisfy(Self.isValidSegment) else {
            throw CLIFailure("\"\(route)\": every segment of a route starts with a letter and holds letters, digits, _ or -")
        }
        let upper = methods.map { $0.uppercased() }
        guard !upper.isEmpty, upper.allSatisfy(["GET", "POST", "PUT", "DELETE"].contains), Set(upper).count == upper.count else {
            throw CLIFailure("--method takes GET, POST, PUT or DELETE, each once")
        }
        let rootURL = URL(fileURLWithPath: root)
        let functions = rootURL.appendingPathComponent("functions")
        guard FileManager.default.fileExists(atPath: functions.path) else {
            throw CLIFailure("\(root): no functions/ folder (run it in a service, or pass --root)")
        }
        let existing = ManifestLoader().load(root: rootURL).definitions.map { $0.name.split(separator: "#").first.map(String.init) ?? $0.name }
        guard !existing.contains(route) else {
            throw CLIFailure("\"\(route)\" already exists; pick another route")
        }
        // Also a file that does not load (yet) is someone's: never overwritten.
        var taken: [String] = []
        for ext in ["mjs", "js", "cjs"] {
            taken += ["\(route).\(ext)", "\(route)/index.\(ext)", "\(route)/__main__.\(ext)"]
        }
        if let existingFile = taken.first(where: { FileManager.default.fileExists(atPath: functions.appendingPathComponent($0).path) }) {
            throw CLIFailure("functions/\(existingFile) already exists; pick another route")
        }
        let file = functions.appendingPathComponent(route + ".mjs")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(Self.manifest(route: route, methods: upper).utf8).write(to: file, options: .withoutOverwriting)
        print("Wrote functions/\(route).mjs. Register its closures with the gateway:\n")
        for method in upper {
            print("""
                gateway.register("\(route)", method: .\(method.lowercased())) { context in
                    "hello \\(context.params["name"]?.stringValue ?? "world")"
                }
                """)
        }
    }

    private static func isValidSegment(_ segment: Substring) -> Bool {
        guard let first = segment.first, first.isASCII, first.isLetter else { return false }
        return segment.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
    }

    static func manifest(route: String, methods: [String]) -> String {
        methods.map { method in
            """
            /**
             * TODO: what \(method) /\(route)/ does
             * @param {string{1..64}} name Who to greet
             * @returns {string} greeting
             */
            export async function \(method) (name = 'world') {
              return `hello ${name}`;
            }

            """
        }.joined(separator: "\n")
    }
}

/// A refusal printed as `error: …` with exit status 1.
struct CLIFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
