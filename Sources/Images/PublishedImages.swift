import Versioning

/// The images a component publishes: each configured name under every release's tag and under the floating tags.
public struct PublishedImages: Sendable, Hashable, Codable {
    /// One entry per configured image name, in configuration order.
    public let images: [PublishedImage]

    /// Lists every image under each release's tag in every release form of `forms` (each in its own repository when
    /// it has one), and under the floating tags the other forms produce.
    ///
    /// A release's image tag is its version's tag name, so `client/v3.1.0` publishes `:v3.1.0` (`:3.1.0` for the
    /// `X.Y.Z` form).
    public init(names: [String], releases: [Release], forms: [ImageTagForm] = ImageTagForm.exactRelease) {
        var seenVersions: Set<SemanticVersion> = []
        let versions = releases.map(\.version)
            .sorted(by: >)
            .filter { seenVersions.insert($0).inserted }
        let floating = FloatingTag.resolve(releases: releases, forms: forms)
        let releaseForms = forms.filter { $0.kind == .release }
        var seenNames: Set<String> = []
        images = names.filter { seenNames.insert($0).inserted }.map { name in
            PublishedImage(
                name: name,
                references: versions.flatMap { version in releaseForms.map { Self.reference(name, version: version, form: $0) } },
                floatingTags: floating
            )
        }
    }

    /// `NAME:vX.Y.Z` of `version` in `form`, under the form's repository when it has one.
    public static func reference(_ name: String, version: SemanticVersion, form: ImageTagForm) -> String {
        let tag = imageTag(for: version)
        return form.image(name) + ":" + (form.prefix.isEmpty ? String(tag.dropFirst()) : tag)
    }

    /// The image tag a version is published under: `v3.1.0`; build metadata's `+`, which tags cannot hold, becomes `_`.
    public static func imageTag(for version: SemanticVersion) -> String {
        String(version.tagName.map { $0 == "+" ? "_" : $0 })
    }
}
