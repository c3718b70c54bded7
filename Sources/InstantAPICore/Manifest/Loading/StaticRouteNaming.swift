/// How a file's path under `www/` becomes its route names (upstream-gateway §3.2, SPEC §3):
/// the path itself (`page.html`), the path without a `.html`/`.htm`/`.md` suffix (`page`),
/// `index.html|htm|md` also for their directory, and `404.html|htm` only for `<dir>:notfound`.
public enum StaticRouteNaming {
    /// One route a file claims, with how strongly: a directory index from `index.md` yields to
    /// `index.html`/`index.htm` in the same directory instead of conflicting with it.
    public struct Claim: Sendable, Hashable {
        public var route: String
        public var isNotFoundPage: Bool
        /// `true` for a claim another file may take over without a conflict.
        public var yields: Bool
    }

    /// Suffixes also served without the suffix.
    public static let pageExtensions: Set<String> = ["html", "htm", "md"]

    /// The routes claimed by a path relative to the www folder, `/`-separated.
    public static func claims(forRelativePath path: String) -> [Claim] {
        var segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let last = segments.removeLast()
        let directory = segments.joined(separator: "/")
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else {
            return [Claim(route: path, isNotFoundPage: false, yields: false)]
        }
        let stem = String(last[..<dot])
        let ext = last[last.index(after: dot)...].lowercased()
        switch (stem, ext) {
        case ("404", "html"), ("404", "htm"):
            return [Claim(route: directory + ":notfound", isNotFoundPage: true, yields: false)]
        case ("index", "html"), ("index", "htm"), ("index", "md"):
            return [
                Claim(route: path, isNotFoundPage: false, yields: false),
                Claim(route: directory, isNotFoundPage: false, yields: ext == "md"),
            ]
        default:
            var claims = [Claim(route: path, isNotFoundPage: false, yields: false)]
            if pageExtensions.contains(ext) {
                let bare = directory.isEmpty ? stem : directory + "/" + stem
                claims.append(Claim(route: bare, isNotFoundPage: false, yields: false))
            }
            return claims
        }
    }
}
