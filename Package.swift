// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Herald",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "herald", targets: ["herald"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "GitHistory"),
        .target(name: "Versioning"),
        .target(name: "Changes", dependencies: ["GitHistory"]),
        .target(
            name: "ReleaseNotes",
            dependencies: [
                "GitHistory", "Versioning", "Changes",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(name: "SampleRepositories"),
        .target(
            name: "HeraldCLI",
            dependencies: [
                "GitHistory", "Versioning", "Changes", "ReleaseNotes", "SampleRepositories",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "herald", dependencies: ["HeraldCLI"]),
        .executableTarget(
            name: "HeraldBenchmarks",
            dependencies: ["SampleRepositories"],
            path: "Benchmarks/HeraldBenchmarks"
        ),
        .testTarget(name: "GitHistoryTests", dependencies: ["GitHistory", "SampleRepositories"]),
        .testTarget(name: "ReleaseNotesTests", dependencies: ["ReleaseNotes", "Changes"]),
        .testTarget(name: "SampleRepositoriesTests", dependencies: ["SampleRepositories"]),
        .testTarget(name: "VersioningTests", dependencies: ["Versioning"]),
        .testTarget(name: "ChangesTests", dependencies: ["Changes", "GitHistory"]),
        .testTarget(
            name: "HeraldCLITests",
            dependencies: ["HeraldCLI", "ReleaseNotes", "SampleRepositories"],
            exclude: ["Scenarios"]
        ),
    ]
)
