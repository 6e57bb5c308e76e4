/// One entry of a tree object.
public struct TreeEntry: Sendable, Equatable {
    /// The file mode, `40000` for a directory.
    public var mode: String
    /// The entry's name within its directory.
    public var name: String
    /// The object name.
    public var sha: String

    /// Whether the entry is a directory.
    public var isDirectory: Bool { mode == "40000" }

    /// Whether the entry is a symbolic link, whose blob holds the path it points at.
    public var isSymbolicLink: Bool { mode == "120000" }
}
