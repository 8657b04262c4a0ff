// swift-tools-version:6.2
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "participation-programme",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "programctl", targets: ["programctl"]),
        .executable(name: "programd", targets: ["programd"]),
        .executable(name: "programwitness", targets: ["programwitness"]),
        .library(name: "EventStore", targets: ["EventStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // Storage: libsqlite3 through its C API, and the append-only, hash-chained event log.
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // `EventLog`, the contract of every backend, has a noncopyable associated type: the write
        // transaction, which cannot outlive its closure.
        .target(
            name: "EventStore",
            dependencies: ["CSQLite", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict + [.enableExperimentalFeature("SuppressedAssociatedTypes")]
        ),

        // The same event log on a PostgreSQL server, for a programme that outgrows one machine.
        .target(
            name: "PostgresEventStore",
            dependencies: [
                "EventStore", .product(name: "Logging", package: "swift-log"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strict
        ),

        // glibc's mmap threshold, so that programd gives large freed blocks back to the system.
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),

        // A JSON decoder for reading large logs: one pass, no intermediate values.
        .target(name: "PayloadDecoding", swiftSettings: strict),

        // Domain: the programme's events, commands and rules. No SQL, no HTTP.
        .target(name: "Program", dependencies: ["PayloadDecoding"], swiftSettings: strict),

        // The programme on an event store: event codec, sealing of personal data, the write path
        // (command runner, folding the domain state), folds caught up from checkpoints.
        .target(
            name: "ProgramStore",
            dependencies: [
                "EventStore", "PostgresEventStore", "PayloadDecoding", "Program",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),

        // Read models folded from events, and the reports rendered from them. No SQL, no HTTP.
        .target(
            name: "Projections",
            dependencies: ["Program", .product(name: "Mustache", package: "swift-mustache")],
            path: "Projections",
            swiftSettings: strict
        ),

        // The read side on the store: projections and progress reports built from a log by the two
        // clocks, and the demo programme, which publishes them.
        .target(
            name: "Reporting",
            dependencies: [
                "EventStore", "Program", "ProgramStore", "Projections",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),

        // Interfaces.
        .executableTarget(
            name: "programctl",
            dependencies: [
                "ProgramStore", "Projections", "Program", "EventStore", "PayloadDecoding", "Reporting",
                "PostgresEventStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "programd",
            dependencies: [
                "CMalloc", "ProgramStore", "Projections", "Program", "EventStore", "PostgresEventStore",
                "PayloadDecoding", "Reporting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/openapi.json"), .copy("Resources/openapi-v1.json")],
            swiftSettings: strict
        ),

        // A witness of the log, which a municipality or the funder runs (C2SP tlog-witness).
        .executableTarget(
            name: "programwitness",
            dependencies: [
                "EventStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),

        // Benchmark programs (run with `swift run -c release …`).
        .executableTarget(
            name: "store-bench",
            dependencies: [
                "EventStore", "PostgresEventStore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/StoreBench",
            swiftSettings: strict
        ),

        .executableTarget(
            name: "projection-bench",
            dependencies: [
                "EventStore", "PostgresEventStore", "Program", "ProgramStore", "Projections", "Reporting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/ProjectionBench",
            swiftSettings: strict
        ),

        .executableTarget(
            name: "hummingbird-bench",
            dependencies: [
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            path: "Benchmarks/HummingbirdBench",
            swiftSettings: strict
        ),

        // Tests.
        .executableTarget(
            name: "store-writer",
            dependencies: ["EventStore", "PostgresEventStore"],
            path: "Tests/StoreWriter",
            swiftSettings: strict
        ),
        .target(name: "TestSupport", dependencies: ["CSQLite"], path: "Tests/TestSupport", swiftSettings: strict),
        // A database of its own per test on the server that PROGRAMME_TEST_POSTGRES names.
        .target(
            name: "PostgresTestSupport", dependencies: ["PostgresEventStore"], path: "Tests/PostgresTestSupport",
            swiftSettings: strict),
        .testTarget(
            name: "EventStoreConformanceTests",
            dependencies: [
                "EventStore", "PostgresEventStore", "PostgresTestSupport", "TestSupport", "store-writer", "programctl",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strict),
        .testTarget(name: "PayloadDecodingTests", dependencies: ["PayloadDecoding"], swiftSettings: strict),
        .testTarget(
            name: "EventStoreTests", dependencies: ["EventStore", "TestSupport", "store-writer"], swiftSettings: strict),
        .testTarget(
            name: "ProgramTests",
            dependencies: ["PayloadDecoding", "Program", "ProgramStore", "Projections", "Reporting", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "ProgramctlTests",
            dependencies: [
                "programctl", "programwitness", "EventStore", "Program", "ProgramStore", "Projections", "Reporting",
                "TestSupport", .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "ProgramdTests",
            dependencies: [
                "programd", "programctl", "EventStore", "PayloadDecoding", "PostgresEventStore", "PostgresTestSupport",
                "ProgramStore", "Projections", "Reporting", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict),
    ]
)
