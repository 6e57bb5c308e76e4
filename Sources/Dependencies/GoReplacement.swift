/// A go.mod `replace` directive, kept as written and not applied: `old [version] => new [version]`.
public struct GoReplacement: Sendable, Hashable, Codable {
    /// The module being replaced, such as `github.com/docker/docker`.
    public var module: String
    /// The one version replaced, or nil when every version is.
    public var version: String?
    /// The replacement: a module path, or a directory such as `./staging/src/k8s.io/api` (see `isLocalDirectory`).
    public var replacement: String
    /// The replacement module's version; nil exactly when the replacement is a directory.
    public var replacementVersion: String?

    /// Creates a replacement.
    public init(module: String, version: String?, replacement: String, replacementVersion: String?) {
        self.module = module
        self.version = version
        self.replacement = replacement
        self.replacementVersion = replacementVersion
    }

    /// Whether the replacement is a directory in the work tree rather than another module.
    public var isLocalDirectory: Bool {
        replacementVersion == nil
    }
}
