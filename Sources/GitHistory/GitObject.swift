/// One object read from the object store.
public struct GitObject: Sendable, Equatable {
    /// The object name.
    public var sha: String
    /// `blob`, `tree`, `commit` or `tag`.
    public var type: String
    /// The raw contents.
    public var data: [UInt8]

    /// Creates an object.
    public init(sha: String, type: String, data: [UInt8]) {
        self.sha = sha
        self.type = type
        self.data = data
    }

    /// The entries of a tree object: name, mode and object name of each.
    public var treeEntries: [TreeEntry] {
        guard type == "tree" else { return [] }
        var entries: [TreeEntry] = []
        var index = 0
        // Each entry is "<mode> <name>\0" followed by the 20-byte binary object name.
        while let space = data[index...].firstIndex(of: 0x20), let nul = data[space...].firstIndex(of: 0), nul + 20 < data.count + 1 {
            let mode = String(decoding: data[index..<space], as: UTF8.self)
            let name = String(decoding: data[(space + 1)..<nul], as: UTF8.self)
            let hash = data[(nul + 1)..<min(nul + 21, data.count)].map { byte in
                let hex = String(byte, radix: 16)
                return byte < 16 ? "0" + hex : hex
            }.joined()
            entries.append(TreeEntry(mode: mode, name: name, sha: hash))
            index = nul + 21
            if index >= data.count { break }
        }
        return entries
    }
}

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
}
