import SampleRepositories
import Testing
@testable import GitHistory

/// Tree objects name their entries in binary, 20 bytes in SHA-1 repositories and 32 in SHA-256 ones.
@Suite struct GitObjectTreeTests {
    @Test(arguments: ObjectFormat.allCases)
    func treeEntriesMatchLsTree(format: ObjectFormat) throws {
        let scratch = try ScratchRepository(objectFormat: format)
        defer { scratch.remove() }
        try scratch.commit("One", files: [
            "deploy/a.yaml": "a\n", "deploy/sub/b.yaml": "b\n", "deploy/sub/deeper/c.yaml": "c\n", "README.md": "r\n",
        ])
        let reader = try GitObjectReader(repository: GitRepository(path: scratch.path, launch: .inherited))
        defer { reader.close() }
        for folder in ["", "deploy", "deploy/sub"] {
            let name = "HEAD:" + folder
            let tree = try #require(try reader.read(batch: [name]).first ?? nil)
            #expect(tree.sha.count == format.hexLength)
            // `git ls-tree` prints "<mode> <type> <name>\t<path>", with directories as 040000.
            let listed = try scratch.git("ls-tree", name).split(separator: "\n").map { line in
                let parts = line.split(separator: "\t", maxSplits: 1)
                let fields = parts[0].split(separator: " ")
                return TreeEntry(mode: fields[0] == "040000" ? "40000" : String(fields[0]), name: String(parts[1]), sha: String(fields[2]))
            }
            #expect(tree.treeEntries == listed, "\(format) \(name)")
        }
    }

    @Test func aTruncatedTreeGivesOnlyItsWholeEntries() {
        let name = [UInt8](repeating: 0xAB, count: 32)
        let entry = Array("100644 a.yaml".utf8) + [0] + name
        let tree = GitObject(sha: String(repeating: "1", count: 64), type: "tree", data: entry + entry.prefix(20))
        #expect(tree.treeEntries == [TreeEntry(mode: "100644", name: "a.yaml", sha: String(repeating: "ab", count: 32))])
        let sha1 = GitObject(sha: String(repeating: "1", count: 40), type: "tree", data: Array("100644 b".utf8) + [0] + name.prefix(20))
        #expect(sha1.treeEntries == [TreeEntry(mode: "100644", name: "b", sha: String(repeating: "ab", count: 20))])
        #expect(GitObject(sha: "abc", type: "tree", data: entry).treeEntries == [], "an object name of no known length")
        #expect(GitObject(sha: String(repeating: "1", count: 64), type: "blob", data: entry).treeEntries == [])
    }
}
