import Foundation

/// Loads the `www/` folder: the files (ignored names as for `functions/`), their routes, and
/// every conflict between two files or between a file and a function route.
///
/// A symlink is followed only when its target stays inside the www folder; one that points
/// outside is skipped with a warning, so no request can ever reach a file outside `www/`.
enum StaticTree {
    static func load(
        folder: URL, pathnamePrefix: String, ignoring ignored: IgnoredFiles, functionRoutes: [String: String]
    ) -> (files: [StaticFile], diagnostics: [Diagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { return ([], []) }
        let (found, scanDiagnostics) = FunctionTree.files(in: folder, pathnamePrefix: pathnamePrefix, ignoring: ignored)
        var diagnostics = scanDiagnostics
        let root = folder.resolvingSymlinksInPath().standardizedFileURL.path
        var owners: [String: (file: StaticFile, yields: Bool)] = [:]
        var order: [String] = []
        for file in found {
            let resolved = file.url.resolvingSymlinksInPath().standardizedFileURL
            guard resolved.path.hasPrefix(root + "/") else {
                diagnostics.append(
                    Diagnostic(
                        file: file.pathname, line: nil, severity: .warning,
                        message: "Skipped: the file is a symlink to \(resolved.path), outside the www folder"))
                continue
            }
            for claim in StaticRouteNaming.claims(forRelativePath: file.relativePath) {
                let entry = StaticFile(
                    route: claim.route, relativePath: file.relativePath, pathname: file.pathname, url: resolved,
                    isNotFoundPage: claim.isNotFoundPage)
                if let function = functionRoutes[claim.route] {
                    diagnostics.append(
                        Diagnostic(
                            file: file.pathname, line: nil,
                            message: "Static file route \"\(claim.route)\" conflicts with function \(function)"))
                    continue
                }
                if let owner = owners[claim.route] {
                    if owner.yields && !claim.yields {
                        owners[claim.route] = (entry, false)
                    } else if claim.yields && !owner.yields {
                        // An index.md yields its directory to index.html/index.htm.
                    } else {
                        diagnostics.append(
                            Diagnostic(
                                file: file.pathname, line: nil,
                                message:
                                    "Static file route \"\(claim.route)\" was already claimed by \(owner.file.pathname); a route can only be served by one file"
                            ))
                    }
                    continue
                }
                owners[claim.route] = (entry, claim.yields)
                order.append(claim.route)
            }
        }
        return (order.compactMap { owners[$0]?.file }, diagnostics)
    }
}
