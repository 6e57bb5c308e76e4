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

    /// The entries of a tree object: name, mode and object name of each; empty for other objects.
    ///
    /// Entries name their objects in binary, as long as the tree's own name: 20 bytes in a SHA-1
    /// repository, 32 in a SHA-256 one. A truncated last entry is left out.
    public var treeEntries: [TreeEntry] {
        guard type == "tree", sha.utf8.count == 40 || sha.utf8.count == 64 else { return [] }
        let nameLength = sha.utf8.count / 2
        var entries: [TreeEntry] = []
        var index = data.startIndex
        // Each entry is "<mode> <name>\0" followed by the binary object name.
        while let space = data[index...].firstIndex(of: 0x20), let nul = data[space...].firstIndex(of: 0),
              data.endIndex - (nul + 1) >= nameLength {
            let mode = String(decoding: data[index..<space], as: UTF8.self)
            let name = String(decoding: data[(space + 1)..<nul], as: UTF8.self)
            let hash = Self.hex(data[(nul + 1)..<(nul + 1 + nameLength)])
            entries.append(TreeEntry(mode: mode, name: name, sha: hash))
            index = nul + 1 + nameLength
        }
        return entries
    }

    /// The entry named `name` of a tree object, found without building the others; nil when the tree has none or
    /// this is not a tree.
    public func treeEntry(named name: String) -> TreeEntry? {
        guard type == "tree", sha.utf8.count == 40 || sha.utf8.count == 64 else { return nil }
        let nameLength = sha.utf8.count / 2
        let wanted = Array(name.utf8)
        var index = data.startIndex
        while let space = data[index...].firstIndex(of: 0x20), let nul = data[space...].firstIndex(of: 0),
              data.endIndex - (nul + 1) >= nameLength {
            if data[(space + 1)..<nul].elementsEqual(wanted) {
                let mode = String(decoding: data[index..<space], as: UTF8.self)
                return TreeEntry(mode: mode, name: name, sha: Self.hex(data[(nul + 1)..<(nul + 1 + nameLength)]))
            }
            index = nul + 1 + nameLength
        }
        return nil
    }

    /// Lowercase hex digits of `bytes`.
    static func hex(_ bytes: ArraySlice<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: bytes.count * 2) { buffer in
            var position = 0
            for byte in bytes {
                buffer[position] = digits[Int(byte >> 4)]
                buffer[position + 1] = digits[Int(byte & 0x0F)]
                position += 2
            }
            return position
        }
    }
}
