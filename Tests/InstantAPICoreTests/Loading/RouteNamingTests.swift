import Testing
@testable import InstantAPICore

@Suite struct RouteNamingTests {
    @Test(arguments: [
        ("hello.mjs", "hello"), ("v1/weather/current.mjs", "v1/weather/current"), ("index.js", ""),
        ("__main__.js", ""), ("dir/index.js", "dir"), ("dir/sub/__main__.cjs", "dir/sub"), ("404.js", ":notfound"),
        ("__notfound__.mjs", ":notfound"), ("a/404.cjs", "a:notfound"), ("A-b_C.JS", "A-b_C"),
        ("function_valid_has-hyphen.js", "function_valid_has-hyphen"),
    ])
    func namesRoutesAfterPaths(path: String, route: String) throws {
        #expect(try RouteNaming.route(forRelativePath: path) == route)
    }

    @Test(arguments: ["1abc.js", "v1/_private.js", "a b.mjs", "dir/2/x.js", "é.js", "a.b.js"])
    func rejectsInvalidSegments(path: String) {
        #expect {
            try RouteNaming.route(forRelativePath: path)
        } throws: { error in
            (error as? ManifestError)?.message.hasSuffix(
                "File and directory names must be alphanumeric (or -, _) and start with a letter") == true
        }
    }

    @Test(arguments: [("notes.ts", ".ts"), ("README", ""), ("a.json", ".json")])
    func rejectsUnknownExtensions(path: String, ext: String) {
        #expect(throws: ManifestError("Invalid endpoint file: No function parser available for extension \"\(ext)\"")) {
            try RouteNaming.route(forRelativePath: path)
        }
    }

    @Test func ignoresTheOriginalsDefaultGlobs() {
        let ignored = IgnoredFiles()
        for name in [".func.swp", "._test.js", ".DS_Store", ".git", "npm-debug.log", ".wafpickle-7", "CVS"] {
            #expect(ignored.ignores(name: name), "\(name)")
        }
        for name in ["func.swp.js", "test.js", "git", "index.mjs"] {
            #expect(!ignored.ignores(name: name), "\(name)")
        }
    }
}
