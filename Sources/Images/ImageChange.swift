/// One image whose pinned reference moved between two releases, such as `csi-provisioner v5.0.1 → v5.1.0`.
public struct ImageChange: Sendable, Hashable, Codable {
    /// The image's name without tag or digest, such as `registry.k8s.io/sig-storage/csi-provisioner`.
    public var name: String
    /// The reference the base pinned.
    public var from: ImageReference
    /// The reference pinned now.
    public var to: ImageReference
    /// Under the product tag scheme, which level moved: a rebuild, a new image revision or a new app version.
    public var level: ProductTagChange?
    /// What the image's upstream released in between, when its releases could be read.
    public var upstream: UpstreamDigest?

    /// Creates a change.
    public init(name: String, from: ImageReference, to: ImageReference, level: ProductTagChange? = nil) {
        self.name = name
        self.from = from
        self.to = to
        self.level = level
    }

    /// One line for notes: the last path component and both versions, such as `csi-provisioner v5.0.1 → v5.1.0`.
    ///
    /// Versions are tags, else short digests; when the tags match (only the digest moved) both are shown.
    public var summary: String {
        var old = from.versionLabel
        var new = to.versionLabel
        if old == new {
            old = Self.fullLabel(from)
            new = Self.fullLabel(to)
        }
        if old == new {
            old = from.description
            new = to.description
        }
        let kind = level.map { " (\($0))" } ?? ""
        return "\(to.shortName) \(old) → \(new)\(kind)"
    }

    private static func fullLabel(_ reference: ImageReference) -> String {
        [reference.tag, reference.shortDigest].compactMap { $0 }.joined(separator: "@")
    }
}
