import Foundation

/// One manifest file found under `functions/`.
public struct FunctionFile: Sendable, Hashable {
    /// Path relative to the project root, `/`-separated (`functions/v1/items.mjs`).
    public var pathname: String
    /// Absolute location on disk.
    public var url: URL
    /// Path relative to the functions folder (`v1/items.mjs`).
    public var relativePath: String
}

/// Lists the manifest files of a `functions/` folder, depth first in name order so that
/// results and diagnostics are stable across machines.
enum FunctionTree {
    static func files(
        in folder: URL, pathnamePrefix: String, ignoring ignored: IgnoredFiles
    ) -> (files: [FunctionFile], diagnostics: [Diagnostic]) {
        var files: [FunctionFile] = []
        var diagnostics: [Diagnostic] = []
        walk(
            folder, relative: "", prefix: pathnamePrefix, ignored: ignored, depth: 0, files: &files,
            diagnostics: &diagnostics)
        return (files, diagnostics)
    }

    /// Deeper trees than this are almost certainly symlink loops.
    private static let maximumDepth = 64

    private static func walk(
        _ folder: URL, relative: String, prefix: String, ignored: IgnoredFiles, depth: Int,
        files: inout [FunctionFile], diagnostics: inout [Diagnostic]
    ) {
        let manager = FileManager.default
        guard depth <= maximumDepth else {
            diagnostics.append(Diagnostic(file: prefix + relative, line: nil, message: "Folder nesting is too deep"))
            return
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            diagnostics.append(
                Diagnostic(file: prefix + relative, line: nil, message: "Can not read folder: \(error.localizedDescription)"))
            return
        }
        for name in names where !ignored.ignores(name: name) {
            let url = folder.appendingPathComponent(name)
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(
                    url, relative: relativePath, prefix: prefix, ignored: ignored, depth: depth + 1, files: &files,
                    diagnostics: &diagnostics)
            } else {
                files.append(FunctionFile(pathname: prefix + relativePath, url: url, relativePath: relativePath))
            }
        }
    }
}
