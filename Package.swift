// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "instant-api-swift",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "InstantAPICore", targets: ["InstantAPICore"]),
        .library(name: "InstantAPI", targets: ["InstantAPI"]),
        .executable(name: "instant", targets: ["instant"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.0"),
    ],
    targets: [
        .target(
            name: "InstantAPICore",
            dependencies: [
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ]
        ),
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "InstantAPI",
            dependencies: ["InstantAPICore", "CCmark"]
        ),
        .executableTarget(
            name: "instant",
            dependencies: [
                "InstantAPICore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ManifestBenchmark",
            dependencies: ["InstantAPICore"],
            path: "Benchmarks/ManifestBenchmark"
        ),
        .testTarget(
            name: "InstantAPICoreTests",
            dependencies: ["InstantAPICore"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
