/// The files of a new service package (`instant new DIR`): a library target with the endpoint
/// registrations (so the server and the tests share them), the server, a test, one manifest,
/// a static page and a README with the two commands.
struct ServiceTemplate {
    /// The Swift name: `weather-api` -> `WeatherAPI`-like `WeatherApi`.
    let name: String
    /// The package's name: the folder's name.
    let packageName: String
    /// How Package.swift depends on instant-api-swift: a path or the URL.
    let dependency: Dependency

    enum Dependency {
        case url(String)
        /// A local checkout; SwiftPM names a path dependency after its last component.
        case path(String)

        var packageLine: String {
            switch self {
            case .url(let url): ".package(url: \"\(ServiceTemplate.literal(url))\", branch: \"main\")"
            case .path(let path): ".package(path: \"\(ServiceTemplate.literal(path))\")"
            }
        }

        var identity: String {
            switch self {
            case .url(let url):
                String(url.split(separator: "/").last.map { $0.hasSuffix(".git") ? $0.dropLast(4) : $0 } ?? "instant-api-swift")
            case .path(let path):
                String(path.split(separator: "/").last ?? "instant-api-swift")
            }
        }
    }

    static let defaultURL = "https://github.com/instant-api-swift/instant-api-swift.git"

    /// Text for inside a Swift string literal.
    static func literal(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }

    /// The Swift identifier for a folder name: letters and digits of each word, capitalised.
    static func swiftName(forFolder folder: String) -> String? {
        let words = folder.split { !$0.isLetter && !$0.isNumber }
        let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        guard let first = name.first, first.isLetter, name.allSatisfy({ $0.isASCII }) else { return nil }
        return name
    }

    /// Relative path -> contents.
    var files: [(path: String, contents: String)] {
        [
            ("Package.swift", packageSwift),
            ("Sources/\(name)Endpoints/Endpoints.swift", endpoints),
            ("Sources/\(name)/main.swift", main),
            ("Tests/\(name)Tests/HelloTests.swift", test),
            ("functions/hello.mjs", helloManifest),
            ("www/index.html", indexPage),
            ("README.md", readme),
            (".gitignore", ".build/\n.swiftpm/\n"),
        ]
    }

    private var packageSwift: String {
        let product = { (name: String) in ".product(name: \"\(name)\", package: \"\(dependency.identity)\")" }
        return """
            // swift-tools-version:6.0
            import PackageDescription

            let package = Package(
                name: "\(Self.literal(packageName))",
                platforms: [.macOS(.v15)],
                dependencies: [
                    \(dependency.packageLine),
                ],
                targets: [
                    // The endpoints' closures, shared by the server and the tests.
                    .target(name: "\(name)Endpoints", dependencies: [\(product("InstantAPI"))]),
                    .executableTarget(name: "\(name)", dependencies: ["\(name)Endpoints", \(product("InstantAPI"))]),
                    .testTarget(
                        name: "\(name)Tests",
                        dependencies: ["\(name)Endpoints", \(product("InstantAPITesting"))]
                    ),
                ]
            )

            """
    }

    private var endpoints: String {
        """
        import InstantAPI

        /// The gateway with one closure per method of functions/ (the server refuses to start,
        /// listing what is missing, when a manifest and the closures disagree).
        public func makeGateway() -> Gateway<GatewayRequestContext> {
            let gateway = Gateway(configuration: GatewayConfiguration(name: "\(name)"))
            // functions/hello.mjs
            gateway.register("hello", method: nil) { context in
                "hello \\(context.params["name"]?.stringValue ?? "world")"
            }
            return gateway
        }

        """
    }

    private var main: String {
        """
        import Foundation
        import InstantAPI
        import \(name)Endpoints

        // Serves functions/ and www/ of the current folder on 127.0.0.1, port $PORT (default 8000).
        let port = ProcessInfo.processInfo.environment["PORT"].flatMap(Int.init) ?? 8000
        await makeGateway().runOrExit(root: ".", server: .init(address: .hostname("127.0.0.1", port: port)))

        """
    }

    private var test: String {
        """
        import InstantAPITesting
        import \(name)Endpoints
        import Testing

        @Test func helloGreetsTheWorld() async throws {
            let loaded = try makeGateway().load(root: ".")   // `swift test` runs in the package root
            try await loaded.withTestClient(.inProcess) { client in
                let response = try await client.get("/hello")
                #expect(response.status == .ok)
                #expect(try response.json == "hello world")
                let named = try await client.get("/hello?name=Swift")
                #expect(try named.json == "hello Swift")
                let refused = try await client.get("/hello?name=")
                #expect(refused.status == .badRequest)
            }
        }

        """
    }

    private var helloManifest: String {
        """
        /**
         * Greets someone
         * @param {string{1..64}} name Who to greet
         * @returns {string} greeting
         */
        export default async function (name = 'world') {
          return `hello ${name}`;
        }

        """
    }

    private var indexPage: String {
        """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>\(name)</title></head>
        <body>
          <h1>\(name)</h1>
          <p>Try <a href="/hello?name=you">/hello?name=you</a>, or read <a href="/.well-known/openapi.json">the OpenAPI document</a>.</p>
        </body>
        </html>

        """
    }

    private var readme: String {
        """
        # \(name)

        An Instant API service in Swift: each file under `functions/` is an endpoint manifest
        (its path is its route), registered with a closure in `Sources/\(name)Endpoints/`.

        ```sh
        swift run     # serves http://127.0.0.1:8000/ (PORT=... for another port)
        swift test    # runs Tests/\(name)Tests
        ```

        Add an endpoint with `instant new endpoint ROUTE --method GET` (from instant-api-swift's
        `instant` tool): it writes the manifest and prints the `register` call to add.

        """
    }
}
