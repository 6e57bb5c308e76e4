import Versioning

/// One published image's references by tag, so that each release finds its own without scanning the references of
/// every release (a site of R releases would otherwise scan R² references).
public struct ImageReferenceIndex: Sendable {
    /// The image indexed.
    public let image: PublishedImage
    /// The places in `image.references` of the references whose tag (the text after the last colon) is the key.
    private let positions: [Substring: [Int]]

    /// Indexes `image`'s references.
    public init(_ image: PublishedImage) {
        self.image = image
        var positions: [Substring: [Int]] = [:]
        for (position, reference) in image.references.enumerated() {
            guard let colon = reference.lastIndex(of: ":") else { continue }
            positions[reference[reference.index(after: colon)...], default: []].append(position)
        }
        self.positions = positions
    }

    /// The references of one release, `version`, in every release form the image is published in (`:v1.2.0` and
    /// `:1.2.0`), in the order of `image.references`.
    public func references(of version: SemanticVersion) -> [String] {
        let tag = PublishedImages.imageTag(for: version)
        // An image tag holds no colon, so a reference ends with `:TAG` exactly when TAG follows its last colon. The
        // two forms differ in length, so no reference is under both.
        return ((positions[tag[...]] ?? []) + (positions[tag.dropFirst()] ?? [])).sorted().map { image.references[$0] }
    }
}
