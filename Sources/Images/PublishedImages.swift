import Versioning

/// The images a component publishes: each configured name under every release's tag and under the floating tags.
public struct PublishedImages: Sendable, Hashable, Codable {
    /// One entry per configured image name, in configuration order.
    public let images: [PublishedImage]

    /// Lists every image under `NAME:vX.Y.Z` for each release and under `canary` (if `canary`), `vX` and `vX.Y`.
    ///
    /// A release's image tag is its version's tag name, so `client/v3.1.0` publishes `:v3.1.0`.
    public init(names: [String], releases: [Release], canary: Bool) {
        var seenVersions: Set<SemanticVersion> = []
        let versions = releases.map(\.version)
            .sorted(by: >)
            .filter { seenVersions.insert($0).inserted }
        let floating = FloatingTag.resolve(releases: releases, canary: canary)
        var seenNames: Set<String> = []
        images = names.filter { seenNames.insert($0).inserted }.map { name in
            PublishedImage(name: name, references: versions.map { name + ":" + Self.imageTag(for: $0) },
                           floatingTags: floating)
        }
    }

    /// The image tag a version is published under: `v3.1.0`; build metadata's `+`, which tags cannot hold, becomes `_`.
    public static func imageTag(for version: SemanticVersion) -> String {
        String(version.tagName.map { $0 == "+" ? "_" : $0 })
    }
}
