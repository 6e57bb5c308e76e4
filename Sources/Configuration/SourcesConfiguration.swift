/// Where pinned images are built from (`sources`): explicit `owner/name` entries by image, and whether the Kubernetes
/// CSI naming convention fills in the rest.
public struct SourcesConfiguration: Sendable, Equatable {
    /// `owner/name` by image name.
    public var images: [String: String]
    /// Whether `registry.k8s.io/sig-storage/csi-X` is read as built from `kubernetes-csi/external-X`.
    public var csiConvention: Bool

    /// The conventions `convention` may name.
    public static let conventions = ["kubernetes-csi", "none"]

    /// Creates sources.
    public init(images: [String: String] = [:], csiConvention: Bool = true) {
        self.images = images
        self.csiConvention = csiConvention
    }
}

extension SourcesConfiguration {
    /// The keys `sources` may have.
    static let keys = ["convention", "images"]

    /// The `sources` mapping.
    init(configuration node: ConfigurationNode) throws {
        let fields = try node.fields(Self.keys)
        var convention = true
        if let conventionNode = fields["convention"] {
            let name = try conventionNode.nonEmptyString("a convention")
            guard Self.conventions.contains(name) else { throw conventionNode.error(.unknownTagScheme(name, known: Self.conventions)) }
            convention = name == "kubernetes-csi"
        }
        var images: [String: String] = [:]
        if let imagesNode = fields["images"] {
            for (image, value) in try imagesNode.entries() {
                images[image] = try HeraldConfiguration.repository(value)
            }
        }
        self.init(images: images, csiConvention: convention)
    }
}
