import GitHistory

/// Lists and reads the files at refs through one `git cat-file --batch`, caching trees and blobs by object name.
///
/// Release tags share most of their trees, and each level of the walk is one batch of requests
/// for every tag at once, so a thousand tags cost a handful of round trips to git.
final class ManifestFiles {
    /// A file found at a ref: its path and blob name.
    struct File: Equatable {
        /// The repository-relative path.
        var path: String
        /// The blob's object name.
        var blob: String
    }

    private let reader: GitObjectReader
    /// Entries of each tree read, nil for trees the object store lacks.
    private(set) var trees: [String: [TreeEntry]?] = [:]
    private var blobs: [String: String?] = [:]

    /// Reads objects through `reader`, which its owner closes.
    init(reader: GitObjectReader) {
        self.reader = reader
    }

    /// The files at each of `refs` whose paths `wanted` accepts, looking only into folders `descend` accepts, and
    /// the folders the object store lacks (a partial clone without trees), `""` for a whole tree.
    ///
    /// `commits` gives the commit of a ref when known: git then reads its tree without resolving the ref's name,
    /// which for thousands of loose tags is a file lookup each.
    ///
    /// With a `start` folder (`deploy/`) that holds every wanted path, the walk begins there: a release without
    /// that folder costs one lookup, not a read of its whole root tree. Only for repositories that lack no objects,
    /// since in a partial clone a missing folder and a missing tree look alike.
    func files(
        at refs: [String], commits: [String: String] = [:], start: String = "", wanted: (String) -> Bool, descend: (String) -> Bool
    ) throws -> (found: [String: [File]], missingFolders: [String: [String]], refusedLinks: [String: [String]]) {
        var found: [String: [File]] = [:]
        var missingFolders: [String: [String]] = [:]
        var refusedLinks: [String: [String]] = [:]
        var frontier = try startingTrees(refs, commits: commits, start: start)
        while !frontier.isEmpty {
            try load(frontier.map(\.tree))
            var next: [(ref: String, prefix: String, tree: String)] = []
            var links: [(ref: String, path: String, blob: String)] = []
            for item in frontier {
                guard let entries = trees[item.tree] ?? nil else {
                    missingFolders[item.ref, default: []].append(item.prefix)
                    continue
                }
                for entry in entries {
                    let path = item.prefix + entry.name
                    if entry.isDirectory {
                        if descend(path + "/") { next.append((item.ref, path + "/", entry.sha)) }
                    } else if entry.isSymbolicLink {
                        // A link leading into the globs (deploy/kubernetes-latest → kubernetes-1.35) is followed below.
                        if descend(path + "/") || wanted(path) { links.append((item.ref, path, entry.sha)) }
                    } else if wanted(path) {
                        found[item.ref, default: []].append(File(path: path, blob: entry.sha))
                    }
                }
            }
            let targets = try texts(of: links.map(\.blob))
            for link in links {
                guard let target = targets[link.blob] ?? nil,
                      let object = try followed(link: link.path, target: target, ref: link.ref) else {
                    refusedLinks[link.ref, default: []].append(link.path)
                    continue
                }
                if object.isDirectory {
                    if descend(link.path + "/") { next.append((link.ref, link.path + "/", object.sha)) }
                } else if wanted(link.path) {
                    found[link.ref, default: []].append(File(path: link.path, blob: object.sha))
                }
            }
            frontier = next
        }
        return (found.mapValues { $0.sorted { $0.path < $1.path } }, missingFolders.mapValues { $0.sorted() }, refusedLinks.mapValues { $0.sorted() })
    }

    /// The texts of `names` (blobs), nil for blobs the object store lacks (a partial clone).
    func texts(of names: [String]) throws -> [String: String?] {
        var seen = Set<String>()
        let missing = names.filter { blobs[$0] == nil && seen.insert($0).inserted }
        for (name, object) in zip(missing, try reader.read(batch: missing)) {
            blobs[name] = .some(object.map { String(decoding: $0.data, as: UTF8.self) })
        }
        return Dictionary(names.map { ($0, blobs[$0] ?? nil) }, uniquingKeysWith: { first, _ in first })
    }

    /// Where the walk of each ref begins: its root tree, or the tree at `start` when the ref has it as a folder;
    /// refs without it are left out, and a ref where `start` is something else (a link) begins at its root.
    private func startingTrees(
        _ refs: [String], commits: [String: String], start: String
    ) throws -> [(ref: String, prefix: String, tree: String)] {
        let roots = refs.map { (ref: $0, prefix: "", tree: (commits[$0] ?? $0) + "^{tree}") }
        guard !start.isEmpty else { return roots }
        let names = refs.map { (commits[$0] ?? $0) + ":" + start.dropLast() }
        var frontier: [(ref: String, prefix: String, tree: String)] = []
        for (root, object) in zip(roots, try reader.read(batch: names)) {
            guard let object else { continue }
            guard object.type == "tree" else {
                frontier.append(root)
                continue
            }
            trees[object.sha] = .some(object.treeEntries)
            frontier.append((root.ref, start, object.sha))
        }
        return frontier
    }

    /// Reads the trees not read yet, in one batch.
    func load(_ names: [String]) throws {
        var seen = Set<String>()
        let missing = names.filter { trees[$0] == nil && seen.insert($0).inserted }
        for (name, object) in zip(missing, try reader.read(batch: missing)) {
            trees[name] = .some(object.map(\.treeEntries))
        }
    }

}
