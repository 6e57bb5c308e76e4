/// The tags one image of a component is published under.
public struct PublishedImage: Sendable, Hashable, Codable {
    /// The image's name, such as `registry.k8s.io/sig-storage/csi-provisioner`.
    public var name: String
    /// `NAME:vX.Y.Z` for every release, highest version first.
    public var references: [String]
    /// `canary`, `vX` and `vX.Y`, with what each points at.
    public var floatingTags: [FloatingTag]

    /// Creates a published image.
    public init(name: String, references: [String], floatingTags: [FloatingTag]) {
        self.name = name
        self.references = references
        self.floatingTags = floatingTags
    }

    /// The full reference of a floating tag, such as `registry.k8s.io/sig-storage/csi-provisioner:v3.1`, under the
    /// tag's own repository when it has one.
    public func reference(for floatingTag: FloatingTag) -> String {
        ImageTagForm.image(name, under: floatingTag.repository) + ":" + floatingTag.tag
    }
}
