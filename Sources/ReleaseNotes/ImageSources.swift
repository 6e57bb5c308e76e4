/// The repositories container images are built from, so an image bump can link its upstream's changes.
///
/// Explicit entries win; the Kubernetes CSI convention (`registry.k8s.io/sig-storage/csi-attacher` is built from
/// `kubernetes-csi/external-attacher`) applies when turned on.
public struct ImageSources: Sendable, Equatable {
    /// `owner/name` by image name, as configured.
    public var mapped: [String: String]
    /// Whether the Kubernetes CSI naming convention fills in images the mapping lacks.
    public var csiConvention: Bool

    /// Creates sources.
    public init(mapped: [String: String] = [:], csiConvention: Bool = true) {
        self.mapped = mapped
        self.csiConvention = csiConvention
    }

    /// The `owner/name` the image `name` (without tag) is built from, if known.
    public func repository(of name: String) -> String? {
        if let repository = mapped[name] { return repository }
        guard csiConvention else { return nil }
        let parts = name.split(separator: "/")
        guard parts.count >= 2, let last = parts.last,
              Self.csiRegistries.contains(parts.dropLast().joined(separator: "/")) else { return nil }
        let image = String(last)
        if let special = Self.csiExceptions[image] { return "kubernetes-csi/" + special }
        guard image.hasPrefix("csi-"), image.count > 4 else { return nil }
        return "kubernetes-csi/external-" + image.dropFirst(4)
    }

    /// Where the CSI sidecars are published: production and staging.
    static let csiRegistries: Set<String> = ["registry.k8s.io/sig-storage", "gcr.io/k8s-staging-sig-storage", "k8s.gcr.io/sig-storage"]
    /// CSI images whose repository does not follow `csi-X` → `external-X`.
    static let csiExceptions = [
        "csi-node-driver-registrar": "node-driver-registrar", "livenessprobe": "livenessprobe",
        "hostpathplugin": "csi-driver-host-path", "csi-external-health-monitor-controller": "external-health-monitor",
        "snapshot-controller": "external-snapshotter", "snapshot-validation-webhook": "external-snapshotter",
    ]
}
