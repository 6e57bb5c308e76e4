/// A container image reference such as `registry.k8s.io/sig-storage/csi-provisioner:v3.1.0`, valid per the distribution grammar.
public struct ImageReference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The registry host with an optional port, such as `registry.k8s.io` or `localhost:5000`; nil for Docker Hub's default.
    public let registry: String?
    /// The repository path inside the registry, such as `sig-storage/csi-provisioner`.
    public let path: String
    /// The tag after `:`, such as `v3.1.0`.
    public let tag: String?
    /// The digest after `@`, such as `sha256:` followed by 64 hex digits.
    public let digest: String?

    /// Creates a reference from parts that the parser has already validated.
    init(registry: String?, path: String, tag: String?, digest: String?) {
        self.registry = registry
        self.path = path
        self.tag = tag
        self.digest = digest
    }

    /// The image's name without tag or digest, such as `registry.k8s.io/sig-storage/csi-provisioner`.
    public var name: String {
        guard let registry else { return path }
        return registry + "/" + path
    }

    /// The last path component, such as `csi-provisioner`.
    public var shortName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The digest shortened to its algorithm and 12 hex digits, such as `sha256:0123456789ab`.
    public var shortDigest: String? {
        guard let digest, let colon = digest.firstIndex(of: ":") else { return digest }
        return String(digest[...colon]) + String(digest[digest.index(after: colon)...].prefix(12))
    }

    /// What a reader calls this version of the image: the tag, else the short digest, else `untagged`.
    public var versionLabel: String {
        tag ?? shortDigest ?? "untagged"
    }

    /// The reference as written: `[registry/]path[:tag][@digest]`.
    public var description: String {
        var text = name
        if let tag { text += ":" + tag }
        if let digest { text += "@" + digest }
        return text
    }

    /// Decodes a reference from its text, rejecting text the grammar does not allow.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try ImageReference(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    /// Encodes the reference as its text.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
