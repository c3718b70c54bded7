import Foundation

/// The endpoints of a project, or everything that is wrong with its manifests.
public struct ManifestSet: Sendable {
    /// Every definition, in file order; named exports in source order.
    public var definitions: [EndpointDefinition]
    /// Every problem found, all files together.
    public var diagnostics: [Diagnostic]
    /// The routes served from `www/`, one entry per route, in file order.
    public var staticFiles: [StaticFile] = []

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Loads the `functions/` and `www/` folders of a project: scans them, parses every manifest
/// and checks that no two files claim one route. Problems are collected, never thrown one at a
/// time.
public struct ManifestLoader: Sendable {
    public var functionsFolder: String
    /// The folder under the root whose files are served as static routes.
    public var staticFolder: String = "www"
    public var ignored: IgnoredFiles
    public var environment: [String: String]

    /// - Parameters:
    ///   - functionsFolder: the folder under the root that holds manifests.
    ///   - environment: variables for `@origin =process.env.NAME`; the process environment by default.
    public init(
        functionsFolder: String = "functions", ignored: IgnoredFiles = IgnoredFiles(),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.functionsFolder = functionsFolder
        self.ignored = ignored
        self.environment = environment
    }

    /// Loads `<root>/<functionsFolder>` and `<root>/<staticFolder>` (when present).
    public func load(root: URL) -> ManifestSet {
        let folder = root.appendingPathComponent(functionsFolder)
        var result = load(folder: folder, pathnamePrefix: functionsFolder.isEmpty ? "" : functionsFolder + "/")
        var functionRoutes: [String: String] = [:]
        for definition in result.definitions where functionRoutes[definition.route] == nil {
            functionRoutes[definition.route] = definition.pathname
        }
        let (files, diagnostics) = StaticTree.load(
            folder: root.appendingPathComponent(staticFolder), pathnamePrefix: staticFolder + "/",
            ignoring: ignored, functionRoutes: functionRoutes)
        result.staticFiles = files
        result.diagnostics.append(contentsOf: diagnostics)
        return result
    }

    /// Loads a folder of manifests directly; `pathnamePrefix` is put before each file's relative
    /// path in definitions and diagnostics.
    public func load(folder: URL, pathnamePrefix: String) -> ManifestSet {
        let (files, scanDiagnostics) = FunctionTree.files(in: folder, pathnamePrefix: pathnamePrefix, ignoring: ignored)
        var result = ManifestSet(definitions: [], diagnostics: scanDiagnostics)
        var owners: [String: String] = [:]
        for file in files {
            let definitions: [EndpointDefinition]
            do {
                definitions = try parse(file)
            } catch {
                result.diagnostics.append(Diagnostic(file: file.pathname, line: error.line, message: error.message))
                continue
            }
            for definition in definitions {
                if let owner = owners[definition.name] {
                    result.diagnostics.append(
                        Diagnostic(
                            file: file.pathname, line: definition.line,
                            message:
                                "Endpoint \"\(definition.name)\" was already defined in \(owner); a route can only be defined by one file"
                        ))
                    continue
                }
                owners[definition.name] = file.pathname
                result.definitions.append(definition)
            }
        }
        result.diagnostics.append(contentsOf: Self.methodConflicts(in: result.definitions))
        return result
    }

    /// Parses one file found by the scan.
    public func parse(_ file: FunctionFile) throws(ManifestError) -> [EndpointDefinition] {
        let route = try RouteNaming.route(forRelativePath: file.relativePath)
        let source: String
        do {
            let data = try Data(contentsOf: file.url)
            source = String(decoding: data, as: UTF8.self)
        } catch {
            throw ManifestError("Can not read file: \(error.localizedDescription)")
        }
        return try ManifestFileParser.parse(
            source: source, pathname: file.pathname, route: route, environment: environment)
    }

    /// A default export answers every method, so a route can not also have named exports in
    /// another file (`a.mjs` exporting GET and `a/index.js` exporting a default).
    static func methodConflicts(in definitions: [EndpointDefinition]) -> [Diagnostic] {
        var defaultOwners: [String: String] = [:]
        for definition in definitions where definition.method == nil {
            defaultOwners[definition.route] = definition.pathname
        }
        var reported: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for definition in definitions where definition.method != nil {
            guard let owner = defaultOwners[definition.route], reported.insert(definition.route).inserted else { continue }
            diagnostics.append(
                Diagnostic(
                    file: definition.pathname, line: definition.line,
                    message:
                        "Endpoint \"\(definition.route)\" is already defined by a default export in \(owner); a route can only be defined by one file"
                ))
        }
        return diagnostics
    }
}

extension ManifestLoader {
    /// Parses a single manifest outside a project tree, named after its file name alone (as the
    /// original's parser tests do): `cases/function_valid_enum.js` serves `function_valid_enum`.
    public func parseStandalone(url: URL, pathname: String) throws(ManifestError) -> [EndpointDefinition] {
        try parse(FunctionFile(pathname: pathname, url: url, relativePath: url.lastPathComponent))
    }
}
