import HeraldSupport
/// A component's name and the paths that make a change its own.
public struct ComponentPaths: Sendable, Equatable {
    /// The component's name.
    public var name: String
    /// Globs over repository-relative paths.
    public var paths: [Glob]

    /// Creates a component's paths.
    public init(name: String, paths: [Glob]) {
        self.name = name
        self.paths = paths
    }

    /// Whether a change with `files` belongs to the component: any file matches any glob.
    ///
    /// A component of every path (`**`) owns every change, even one whose paths are unknown.
    public func owns(_ files: [String]) -> Bool {
        if paths.contains(where: \.matchesEverything) { return true }
        return files.contains { file in paths.contains { $0.matches(file) } }
    }
}
