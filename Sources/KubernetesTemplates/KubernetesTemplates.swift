/// The `kubernetes` style's templates, built into the binary from `templates/kubernetes/*.mustache`.
public enum KubernetesTemplates {
    /// Template text by name: the file name without `.mustache`.
    public static let byName: [String: String] = [
        "changelog": PackageResources.changelog_mustache,
        "notes": PackageResources.notes_mustache,
        "release": PackageResources.release_mustache,
    ].mapValues { String(decoding: $0, as: UTF8.self) }
}
