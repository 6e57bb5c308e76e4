/// A module whose version moved between two releases: `- github.com/x/y: [v1.2.6 → v1.2.7](link)` in notes.
public struct DependencyChange: Sendable, Hashable, Codable {
    /// The module name, such as `github.com/containerd/ttrpc`.
    public var module: String
    /// The version the base pinned, as the manifest writes it.
    public var from: String
    /// The base's version as notes show it, such as `b94a6e3` for a Go pseudo-version.
    public var fromText: String
    /// The version the release pins, as the manifest writes it.
    public var to: String
    /// The release's version as notes show it.
    public var toText: String
    /// Whether the release's manifest marks the module indirect.
    public var indirect: Bool
    /// A comparison of the two versions, such as a GitHub compare link; nil when the host is not known.
    public var url: String?

    /// Creates a change.
    public init(module: String, from: String, fromText: String, to: String, toText: String, indirect: Bool, url: String?) {
        self.module = module
        self.from = from
        self.fromText = fromText
        self.to = to
        self.toText = toText
        self.indirect = indirect
        self.url = url
    }

    /// The Markdown list item the Kubernetes release notes print, such as
    /// `- github.com/containerd/ttrpc: [v1.2.6 → v1.2.7](https://github.com/containerd/ttrpc/compare/v1.2.6...v1.2.7)`
    /// or, without a link, `- golang.org/x/exp: 7588d65 → 3dfff04`; not escaped, like `DependencyPin.markdownLine`.
    public var markdownLine: String {
        let versions = "\(fromText) → \(toText)"
        guard let url else { return "- \(module): \(versions)" }
        return "- \(module): [\(versions)](\(url))"
    }

    /// The JSON keys, in the order `encode(to:)` writes them.
    private enum CodingKeys: String, CodingKey {
        case module, from, fromText, to, toText, indirect, url
    }

    /// Encodes every key, with `url` as null when there is no link, so the JSON shape is the same for every entry.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(module, forKey: .module)
        try container.encode(from, forKey: .from)
        try container.encode(fromText, forKey: .fromText)
        try container.encode(to, forKey: .to)
        try container.encode(toText, forKey: .toText)
        try container.encode(indirect, forKey: .indirect)
        try container.encode(url, forKey: .url)
    }
}
