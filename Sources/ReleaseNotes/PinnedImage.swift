/// A container image reference pinned by a file at a release.
public struct PinnedImage: Sendable, Equatable, Encodable {
    /// The full reference, for example `registry.k8s.io/sig-storage/csi-provisioner:v6.2.0`.
    public var reference: String
    /// The repository file that pins it.
    public var file: String

    /// Creates a pinned image.
    public init(reference: String, file: String) {
        self.reference = reference
        self.file = file
    }
}
