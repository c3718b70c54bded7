import Foundation
import PackagePlugin

/// Generates the typed API of the package's `functions/` tree (at the package root) into the
/// target it is applied to: `GeneratedAPI.swift`, with `Operations`, `APIProtocol` and
/// `Gateway.register(_:)`. It runs again whenever a manifest (or the folder) changes, or
/// `instant-api.json` (options, endpoints left untyped) beside functions/.
///
/// ```swift
/// .target(name: "Endpoints", dependencies: [.product(name: "InstantAPI", package: "instant-api-swift")],
///         plugins: [.plugin(name: "InstantAPIGeneratorPlugin", package: "instant-api-swift")])
/// ```
@main
struct InstantAPIGeneratorPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let functions = root.appending(path: "functions", directoryHint: .isDirectory)
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedAPI.swift")
        var inputs = Self.inputs(under: functions)
        let configuration = root.appending(path: "instant-api.json")
        if FileManager.default.fileExists(atPath: configuration.path) { inputs.append(configuration) }
        return [
            .buildCommand(
                displayName: "Generating the typed API of \(functions.path)",
                executable: try context.tool(named: "instant-api-generator").url,
                arguments: [root.path, output.path],
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }

    /// Every folder and file under `functions/`: a folder's timestamp changes when a manifest is
    /// added or removed in it, a file's when it is edited. SwiftPM asks the plugin again only
    /// when it re-plans the build, so a removed manifest is reported as a missing input until
    /// then (any change to Package.swift, or `touch Package.swift`, re-plans).
    static func inputs(under folder: URL) -> [URL] {
        var inputs = [folder]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return inputs }
        for case let url as URL in walker { inputs.append(url) }
        return inputs.sorted { $0.path < $1.path }
    }
}
