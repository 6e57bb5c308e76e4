/// A reader for one ecosystem's dependency file, such as go.mod, that works on the file's bytes and does no I/O.
///
/// Readers are lenient: a line they cannot read is skipped, never fatal. Each reader also says how its versions
/// read and link, so `DependencyDiff` stays free of any ecosystem's rules.
public protocol DependencyManifest: Sendable {
    /// The file names this reader understands, such as `["go.mod"]`.
    static var fileNames: [String] { get }

    /// Reads a manifest from its bytes, skipping what it cannot read.
    init(bytes: [UInt8])

    /// The requirements the manifest pins, at most one per module.
    var requirements: [Requirement] { get }

    /// A version as a reader sees it, such as a short commit for a Go pseudo-version.
    static func versionText(_ version: String) -> String

    /// Where to browse a module at one version, or nil when its host is not known.
    static func treeURL(module: String, version: String) -> String?

    /// Where to compare two versions of a module, or nil when its host is not known.
    static func compareURL(module: String, from: String, to: String) -> String?
}

/// Plain presentation for readers whose ecosystem has no rules of its own.
extension DependencyManifest {
    /// Versions read as written unless a reader says otherwise.
    public static func versionText(_ version: String) -> String {
        version
    }

    /// No link unless a reader knows the module's host.
    public static func treeURL(module: String, version: String) -> String? {
        nil
    }

    /// No link unless a reader knows the module's host.
    public static func compareURL(module: String, from: String, to: String) -> String? {
        nil
    }
}
