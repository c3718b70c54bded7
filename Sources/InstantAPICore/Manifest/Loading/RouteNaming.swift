/// How a file's path under `functions/` becomes its route name (upstream-parser-types §2):
/// `v1/items.mjs` -> `v1/items`, `dir/index.js` -> `dir`, `__main__.js` -> `""`,
/// `dir/404.js` -> `dir:notfound`.
public enum RouteNaming {
    /// Extensions of endpoint manifests, matched case-insensitively.
    public static let manifestExtensions: Set<String> = ["js", "mjs", "cjs"]

    /// The route name for a path relative to the functions folder, using `/` separators.
    public static func route(forRelativePath path: String) throws(ManifestError) -> String {
        guard let dot = path.lastIndex(of: "."), !path[path.index(after: dot)...].contains("/") else {
            throw ManifestError("Invalid endpoint file: No function parser available for extension \"\"")
        }
        let ext = path[path.index(after: dot)...].lowercased()
        guard manifestExtensions.contains(ext) else {
            throw ManifestError("Invalid endpoint file: No function parser available for extension \".\(ext)\"")
        }
        var segments = path[..<dot].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let last = segments.removeLast()
        let directory = segments.joined(separator: "/")
        let name: String
        switch last {
        case "index", "__main__": name = directory
        case "404", "__notfound__": name = directory + ":notfound"
        default: name = segments.isEmpty ? last : directory + "/" + last
        }
        let checked = name.hasSuffix(":notfound") ? String(name.dropLast(":notfound".count)) : name
        guard checked.isEmpty || isValidRoute(checked) else {
            throw ManifestError(
                "Invalid endpoint file: \"\(name)\": File and directory names must be alphanumeric (or -, _) and start with a letter"
            )
        }
        return name
    }

    /// Segments of `[A-Za-z][A-Za-z0-9_-]*` joined by `/`.
    static func isValidRoute(_ name: String) -> Bool {
        name.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { segment in
            guard let first = segment.utf8.first, isLetter(first) else { return false }
            return segment.utf8.allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F || $0 == 0x2D }
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
