// swift-tools-version:6.0
// libFuzzer harnesses for InstantAPICore's parsers. Built and run by ../scripts/fuzz.sh:
//
//   swift build -c release --package-path Fuzz --scratch-path Fuzz/.build-fuzz \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//
// Each executable target defines `LLVMFuzzerTestOneInput`; libFuzzer supplies `main`.
import PackageDescription

let package = Package(
    name: "instant-api-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "instant-api-swift", path: ".."),
    ],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "InstantAPICore", package: "instant-api-swift")]
        ),
        .executableTarget(name: "FuzzXML", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzJSON", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzQuery", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzMultipart", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzManifest", dependencies: ["FuzzSupport"]),
    ]
)
