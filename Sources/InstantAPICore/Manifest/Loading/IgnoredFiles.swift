/// Files skipped when scanning `functions/` (and `www/`): editor droppings, VCS folders and npm
/// debris, as the original's default ignore globs. Patterns match any path component.
public struct IgnoredFiles: Sendable {
    /// The original framework's default globs.
    public static let defaultPatterns = [
        ".*.swp", "._*", ".DS_Store", ".git", ".hg", ".npmrc", ".lock-wscript", ".svn", ".wafpickle-*",
        "config.gypi", "CVS", "npm-debug.log",
    ]

    public var patterns: [String]

    public init(patterns: [String] = IgnoredFiles.defaultPatterns) {
        self.patterns = patterns
    }

    /// Whether a file or folder name matches one of the patterns.
    public func ignores(name: String) -> Bool {
        patterns.contains { Self.glob($0[...], matches: name[...]) }
    }

    /// `*` and `?` wildcards; enough for basename globs.
    static func glob(_ pattern: Substring, matches name: Substring) -> Bool {
        guard let p = pattern.first else { return name.isEmpty }
        if p == "*" {
            let rest = pattern.dropFirst()
            var candidate = name
            while true {
                if glob(rest, matches: candidate) { return true }
                guard !candidate.isEmpty else { return false }
                candidate = candidate.dropFirst()
            }
        }
        guard let n = name.first, p == "?" || p == n else { return false }
        return glob(pattern.dropFirst(), matches: name.dropFirst())
    }
}
