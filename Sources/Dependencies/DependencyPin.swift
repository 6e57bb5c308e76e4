/// A module that a release added, or that it removed, at one version: `- github.com/x/y: [v1.2.0](link)` in notes.
public struct DependencyPin: Sendable, Hashable, Codable {
    /// The module name, such as `github.com/Masterminds/semver/v3`.
    public var module: String
    /// The version as the manifest writes it, such as `v2.22.0+incompatible`.
    public var version: String
    /// The version as notes show it, such as `26353dc` for a Go pseudo-version.
    public var versionText: String
    /// Whether the manifest marks the module indirect (at the release when added, at the base when removed).
    public var indirect: Bool
    /// The module's source at this version, such as a GitHub tree link; nil when the host is not known.
    public var url: String?

    /// Creates a pin.
    public init(module: String, version: String, versionText: String, indirect: Bool, url: String?) {
        self.module = module
        self.version = version
        self.versionText = versionText
        self.indirect = indirect
        self.url = url
    }

    /// The Markdown list item the Kubernetes release notes print, such as
    /// `- github.com/Masterminds/semver/v3: [v3.4.0](https://github.com/Masterminds/semver/tree/v3.4.0)`.
    ///
    /// The text is not escaped, as Kubernetes does not escape it; the readers admit only names and versions
    /// that need no escaping.
    public var markdownLine: String {
        guard let url else { return "- \(module): \(versionText)" }
        return "- \(module): [\(versionText)](\(url))"
    }

    /// The JSON keys, in the order `encode(to:)` writes them.
    private enum CodingKeys: String, CodingKey {
        case module, version, versionText, indirect, url
    }

    /// Encodes every key, with `url` as null when there is no link, so the JSON shape is the same for every entry.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(module, forKey: .module)
        try container.encode(version, forKey: .version)
        try container.encode(versionText, forKey: .versionText)
        try container.encode(indirect, forKey: .indirect)
        try container.encode(url, forKey: .url)
    }
}
