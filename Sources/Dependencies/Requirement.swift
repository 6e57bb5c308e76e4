/// One module a manifest pins at one version, in any ecosystem, such as `golang.org/x/net v0.43.0`.
public struct Requirement: Sendable, Hashable, Codable {
    /// The module or package name as the manifest writes it, such as `github.com/containerd/ttrpc`.
    public var module: String
    /// The version exactly as the manifest writes it, such as `v0.0.0-20240416155748-26353dc0451f`.
    public var version: String
    /// Whether the manifest marks the module as needed only by other dependencies (`// indirect` in go.mod).
    public var indirect: Bool

    /// Creates a requirement.
    public init(module: String, version: String, indirect: Bool = false) {
        self.module = module
        self.version = version
        self.indirect = indirect
    }
}
