// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Herald",
    products: [
        .executable(name: "herald", targets: ["herald"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "HeraldSupport"),
        .target(name: "GitHistory", dependencies: ["HeraldSupport"]),
        .target(name: "Versioning"),
        .target(name: "Changes", dependencies: ["GitHistory", "Versioning", "HeraldSupport"]),
        .target(name: "Dependencies", dependencies: []),
        .target(name: "Images", dependencies: ["Versioning", "HeraldSupport", .product(name: "Yams", package: "Yams")]),
        .target(name: "Configuration", dependencies: ["Changes", "HeraldSupport", .product(name: "Yams", package: "Yams")]),
        // The built-in templates, embedded from the files in templates/ where users read and copy them
        // (tools-version 6 takes declared resources from outside the target's folder).
        .target(
            name: "NotesTemplates",
            resources: ["changelog", "notes", "release"].map { .embedInCode("../../templates/\($0).mustache") }
        ),
        .target(
            name: "SiteTemplateFiles",
            resources: [
                "404.mustache", "compare.mustache", "compare-form.mustache", "component.mustache", "dependency-sections.mustache",
                "facets.mustache", "feed.mustache", "image-sections.mustache", "index.mustache",
                "layout.mustache", "notes.mustache", "page.mustache", "release-list.mustache", "release.mustache",
                "search.mustache", "unreleased.mustache", "herald.css", "herald.js",
            ].map { .embedInCode("../../templates/site/\($0)") }
        ),
        // The other styles' templates, one target each: embedded resources are named by file name alone.
        .target(
            name: "KubernetesTemplates",
            resources: ["changelog", "notes", "release"].map { .embedInCode("../../templates/kubernetes/\($0).mustache") }
        ),
        .target(
            name: "KeepAChangelogTemplates",
            resources: ["changelog", "notes", "release"].map { .embedInCode("../../templates/keepachangelog/\($0).mustache") }
        ),
        .target(
            name: "ReleaseNotes",
            dependencies: [
                "GitHistory", "Versioning", "Changes", "Images", "Dependencies", "NotesTemplates", "KubernetesTemplates",
                "KeepAChangelogTemplates", "HeraldSupport",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(name: "CommonMark", dependencies: ["CCmark"]),
        .target(
            name: "Site",
            dependencies: [
                "CommonMark", "ReleaseNotes", "Changes", "Images", "Versioning", "HeraldSupport", "SiteTemplateFiles",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(name: "SampleRepositories", dependencies: ["HeraldSupport"]),
        // The one staged pipeline from a repository to release models, used by every command.
        .target(
            name: "ReleasePipeline",
            dependencies: [
                "GitHistory", "Versioning", "Changes", "Images", "Dependencies", "Configuration", "ReleaseNotes", "GitHub",
                "HeraldSupport",
            ]
        ),
        // libcurl's entry points, resolved at the first request (see LazyCurl.c and the end of this file).
        .target(name: "LazyCurl"),
        .target(name: "GitHub", dependencies: ["LazyCurl"]),
        .target(
            name: "HeraldCLI",
            dependencies: [
                "GitHistory", "Versioning", "Changes", "Images", "Configuration", "ReleaseNotes", "GitHub", "SampleRepositories",
                "Site", "HeraldSupport", "ReleasePipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "herald", dependencies: ["HeraldCLI", "HeraldSupport"]),
        .executableTarget(
            name: "HeraldBenchmarks",
            dependencies: [
                "SampleRepositories", "Site", "HeraldCLI", "CommonMark", "ReleaseNotes", "ReleasePipeline", "Configuration",
                "GitHistory", "HeraldSupport",
            ],
            path: "Benchmarks/HeraldBenchmarks"
        ),
        .testTarget(name: "GitHistoryTests", dependencies: ["GitHistory", "SampleRepositories", "HeraldSupport"]),
        .testTarget(name: "ReleaseNotesTests", dependencies: ["ReleaseNotes", "Changes", "Images", "Dependencies", "NotesTemplates", "Versioning", "HeraldSupport"]),
        .testTarget(name: "SampleRepositoriesTests", dependencies: ["SampleRepositories"]),
        .testTarget(name: "VersioningTests", dependencies: ["Versioning", "HeraldSupport"]),
        .testTarget(name: "HeraldSupportTests", dependencies: ["HeraldSupport"]),
        .testTarget(name: "ChangesTests", dependencies: ["Changes", "GitHistory", "HeraldSupport"]),
        .testTarget(name: "ImagesTests", dependencies: ["Images", "Versioning", "HeraldSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "DependenciesTests", dependencies: ["Dependencies", "HeraldSupport"]),
        // Test support, not a test target: the loopback GitHub server and release store that the GitHub module's
        // tests and the command tests share. Only test targets depend on it, so the herald product never builds it.
        .target(name: "LoopbackGitHub", path: "Tests/LoopbackGitHub"),
        .testTarget(name: "GitHubTests", dependencies: ["GitHub", "LoopbackGitHub"]),
        .testTarget(name: "ConfigurationTests", dependencies: ["Configuration", "Changes", "HeraldSupport"]),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"]),
        // Test support, not a test target: the site's scenario repository and a built site read back, which the site
        // tests and the command tests of the site writer share.
        .target(name: "SiteTestSupport", dependencies: ["SampleRepositories"], path: "Tests/SiteTestSupport"),
        .testTarget(
            name: "SiteTests",
            dependencies: [
                "Site", "CommonMark", "ReleaseNotes", "Changes", "Images", "Versioning", "SampleRepositories", "HeraldSupport", "SiteTestSupport",
                "ReleasePipeline", "Configuration", "GitHistory",
            ],
            exclude: ["Scenarios"]
        ),
        .testTarget(
            name: "HeraldCLITests",
            dependencies: [
                "HeraldCLI", "ReleaseNotes", "SampleRepositories", "HeraldSupport", "GitHub", "ReleasePipeline", "LoopbackGitHub",
                "Site", "SiteTestSupport",
            ],
            exclude: ["Scenarios"]
        ),
    ]
)

// A module that imports FoundationNetworking, or a module that does, names libcurl for the link. LazyCurl stands in
// for it instead, so libcurl and its thirty-odd libraries load at Herald's first request rather than at every start,
// and no build needs libcurl's development package.
for target in package.targets where target.type != .system && target.name != "LazyCurl" {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .unsafeFlags(["-Xfrontend", "-disable-autolink-library", "-Xfrontend", "curl"]),
    ]
}
