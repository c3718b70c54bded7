// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "instant-api-swift",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "InstantAPICore", targets: ["InstantAPICore"]),
        .library(name: "InstantAPI", targets: ["InstantAPI"]),
        .library(name: "InstantAPITesting", targets: ["InstantAPITesting"]),
        .library(name: "InstantAPIPostgres", targets: ["InstantAPIPostgres"]),
        .executable(name: "instant", targets: ["instant"]),
        .plugin(name: "InstantAPIGeneratorPlugin", targets: ["InstantAPIGeneratorPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.34.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing.git", from: "1.1.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.0"),
    ],
    targets: [
        .target(
            name: "InstantAPICore",
            dependencies: [
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "InstantAPI",
            dependencies: [
                "InstantAPICore",
                "CCmark",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "_NIOFileSystem", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
            ]
        ),
        // The durable background queue: its own product, so that apps without PostgreSQL do
        // not build postgres-nio (and its TLS stack).
        .target(
            name: "InstantAPIPostgres",
            dependencies: [
                "InstantAPI",
                "InstantAPICore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Serves live tests with the gateway's own server: no HummingbirdTesting, whose
        // AsyncHTTPClient and BoringSSL would cost users' first `swift test` minutes.
        .target(
            name: "InstantAPITesting",
            dependencies: [
                "InstantAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The typed Swift API of a functions/ tree (issue 18): `instant generate` and the plugin.
        .target(name: "InstantAPIGenerator", dependencies: ["InstantAPICore"]),
        .executableTarget(
            name: "instant-api-generator", dependencies: ["InstantAPIGenerator"], path: "Sources/InstantAPIGeneratorTool"),
        .plugin(name: "InstantAPIGeneratorPlugin", capability: .buildTool(), dependencies: ["instant-api-generator"]),
        .executableTarget(
            name: "instant",
            dependencies: [
                "InstantAPICore",
                "InstantAPIGenerator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "HelloAPIEndpoints",
            dependencies: ["InstantAPI", .product(name: "Hummingbird", package: "hummingbird")],
            path: "Examples/HelloAPI/Endpoints",
            plugins: ["InstantAPIGeneratorPlugin"]
        ),
        .executableTarget(
            name: "HelloAPI",
            dependencies: ["InstantAPI", "InstantAPIPostgres", "HelloAPIEndpoints"],
            path: "Examples/HelloAPI",
            exclude: ["Endpoints"]
        ),
        .executableTarget(
            name: "MountedAPI",
            dependencies: [
                "InstantAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            path: "Examples/MountedAPI",
            exclude: ["functions"]
        ),
        // A replica of the durable queue's integration tests and benchmark.
        .executableTarget(
            name: "QueueReplica",
            dependencies: ["InstantAPI", "InstantAPIPostgres"],
            path: "Tests/QueueReplica",
            exclude: ["functions"]
        ),
        .executableTarget(
            name: "StreamBenchmark",
            dependencies: ["InstantAPI", "InstantAPITesting"],
            path: "Benchmarks/StreamBenchmark"
        ),
        .executableTarget(
            name: "ManifestBenchmark",
            dependencies: ["InstantAPICore"],
            path: "Benchmarks/ManifestBenchmark"
        ),
        .executableTarget(
            name: "InputBenchmark",
            dependencies: ["InstantAPICore"],
            path: "Benchmarks/InputBenchmark"
        ),
        .executableTarget(
            name: "PipelineBenchmark",
            dependencies: [
                "InstantAPI",
                "HelloAPIEndpoints",
                // Baseline/ links the hand-written baseline's routes, measured in the same run.
                "InstantAPICore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/PipelineBenchmark"
        ),
        .executableTarget(
            name: "Baseline",
            dependencies: [
                "InstantAPICore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Benchmarks/Baseline"
        ),
        .testTarget(
            name: "InstantAPICoreTests",
            dependencies: ["InstantAPICore"],
            exclude: ["WellKnown/openapi.golden.json"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "InstantAPITests",
            dependencies: [
                "InstantAPI",
                "MountedAPI",
                "InstantAPITesting",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "InstantAPIGeneratorTests",
            dependencies: ["InstantAPIGenerator", "InstantAPICore"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "InstantAPITestingTests",
            dependencies: ["InstantAPITesting"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "InstantAPIPostgresTests", dependencies: ["InstantAPIPostgres"]),
    ]
)
