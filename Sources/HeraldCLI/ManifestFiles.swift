import GitHistory

/// Lists and reads the files at a ref through one `git cat-file --batch`, caching trees and blobs by object name.
///
/// Release tags share most of their trees, so walking a thousand tags reads each tree once.
final class ManifestFiles {
    /// A file found at a ref: its path and blob name.
    struct File: Equatable {
        /// The repository-relative path.
        var path: String
        /// The blob's object name.
        var blob: String
    }

    private let reader: GitObjectReader
    private var trees: [String: [TreeEntry]] = [:]
    private var blobs: [String: String?] = [:]

    /// Starts reading objects of `repository`.
    init(repository: GitRepository) throws {
        reader = try GitObjectReader(repository: repository)
    }

    /// The files at `ref` whose paths `wanted` accepts, looking only into folders `descend` accepts.
    func files(at ref: String, wanted: (String) -> Bool, descend: (String) -> Bool) throws -> [File] {
        guard let root = try reader.read(ref + "^{tree}") else { return [] }
        trees[root.sha] = trees[root.sha] ?? root.treeEntries
        var found: [File] = []
        var stack: [(prefix: String, tree: String)] = [("", root.sha)]
        while let (prefix, tree) = stack.popLast() {
            for entry in try entries(of: tree) {
                let path = prefix + entry.name
                if entry.isDirectory {
                    if descend(path + "/") { stack.append((path + "/", entry.sha)) }
                } else if wanted(path) {
                    found.append(File(path: path, blob: entry.sha))
                }
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The text of a blob, or nil when the object store lacks it (a partial clone).
    func text(of blob: String) throws -> String? {
        if let cached = blobs[blob] { return cached }
        let text = try reader.read(blob).map { String(decoding: $0.data, as: UTF8.self) }
        blobs[blob] = text
        return text
    }

    /// The entries of a tree, read once.
    private func entries(of tree: String) throws -> [TreeEntry] {
        if let cached = trees[tree] { return cached }
        let entries = try reader.read(tree)?.treeEntries ?? []
        trees[tree] = entries
        return entries
    }

    /// Ends the git process.
    func close() { reader.close() }
}
