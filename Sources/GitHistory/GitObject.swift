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
        var entries: [TreeEntry] = []
        forEachEntry { mode, name, hash in
            entries.append(TreeEntry(mode: String(decoding: mode, as: UTF8.self), name: String(decoding: name, as: UTF8.self), sha: Self.hex(hash)))
            return true
        }
        return entries
    }

    /// The entry named `name` of a tree object, found without building the others; nil when the tree has none or
    /// this is not a tree.
    public func treeEntry(named name: String) -> TreeEntry? {
        let wanted = Array(name.utf8)
        var found: TreeEntry?
        forEachEntry { mode, entryName, hash in
            guard entryName.elementsEqual(wanted) else { return true }
            found = TreeEntry(mode: String(decoding: mode, as: UTF8.self), name: name, sha: Self.hex(hash))
            return false
        }
        return found
    }

    /// Calls `body` with each entry's mode, name and binary object name, in order, until it returns false; nothing
    /// for other objects than trees.
    private func forEachEntry(_ body: (ArraySlice<UInt8>, ArraySlice<UInt8>, ArraySlice<UInt8>) -> Bool) {
        guard type == "tree", sha.utf8.count == 40 || sha.utf8.count == 64 else { return }
        let nameLength = sha.utf8.count / 2
        var index = data.startIndex
        // Each entry is "<mode> <name>\0" followed by the binary object name.
        while let space = data[index...].firstIndex(of: 0x20), let nul = data[space...].firstIndex(of: 0),
              data.endIndex - (nul + 1) >= nameLength {
            guard body(data[index..<space], data[(space + 1)..<nul], data[(nul + 1)..<(nul + 1 + nameLength)]) else { return }
            index = nul + 1 + nameLength
        }
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
