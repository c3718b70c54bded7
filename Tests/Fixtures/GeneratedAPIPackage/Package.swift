// swift-tools-version:6.0
import PackageDescription

// A user's package built against this checkout by scripts/check-generated-api.sh (which puts
// the checkout beside it as ../instant-api-swift): the plugin generates the typed API of
// functions/ into Greetings, whose implementation must then match the manifests to compile.
// Comprehensive and Cases get the golden files of Tests/InstantAPIGeneratorTests copied in, so
// the generated code of every manifest fixture is compiled (without warnings) too.
let package = Package(
    name: "GeneratedAPIPackage",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "../instant-api-swift")],
    targets: [
        .target(
            name: "Greetings",
            dependencies: [.product(name: "InstantAPI", package: "instant-api-swift")],
            plugins: [.plugin(name: "InstantAPIGeneratorPlugin", package: "instant-api-swift")]
        ),
        .target(name: "Comprehensive", dependencies: [.product(name: "InstantAPI", package: "instant-api-swift")]),
        .target(name: "Cases", dependencies: [.product(name: "InstantAPI", package: "instant-api-swift")]),
    ]
)
