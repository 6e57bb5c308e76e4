import GitHistory

/// Lists and reads the files at refs through one `git cat-file --batch`, caching trees and blobs by object name.
///
/// Release tags share most of their trees, and each level of the walk is one batch of requests
/// for every tag at once, so a thousand tags cost a handful of round trips to git. Each root tree
/// is read once for the walk and every reader that looks a name up at the top (the manifests' folder, `go.mod`).
package final class ManifestFiles {
    /// A file found at a ref: its path and blob name.
    struct File: Hashable, Sendable {
        /// The repository-relative path.
        var path: String
        /// The blob's object name.
        var blob: String
    }

    /// The reader every object comes through.
    let reader: GitObjectReader
    /// Entries of each tree read, nil for trees the object store lacks.
    private(set) var trees: [String: [TreeEntry]?] = [:]
    private var blobs: [String: String?] = [:]
    /// Root trees by the revision read (`COMMIT^{tree}`), nil for those the object store lacks: kept whole, since the
    /// manifests' folder and `go.mod` are both looked up there.
    private var roots: [String: GitObject?] = [:]
    /// Root trees already known by revision (a release's commit): read by name, git skips reading the commit.
    private let knownRoots: [String: String]

    /// Reads objects through `reader`, which its owner closes; `knownRoots` gives revisions' root trees where known.
    package init(reader: GitObjectReader, knownRoots: [String: String] = [:]) {
        self.reader = reader
        self.knownRoots = knownRoots
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

    /// The entry named `name` (one path component) at the top of each of `revisions`' trees, from one batch for every
    /// root tree not read yet; nil where the tree lacks it or is itself missing.
    func topEntries(named name: String, at revisions: [String]) throws -> [TreeEntry?] {
        try readRoots(revisions)
        return revisions.map { (roots[$0] ?? nil)?.treeEntry(named: name) }
    }

    /// Reads the root trees of `revisions` not read yet, in one batch.
    private func readRoots(_ revisions: [String]) throws {
        var seen = Set<String>()
        let missing = revisions.filter { roots[$0] == nil && seen.insert($0).inserted }
        for (revision, object) in zip(missing, try reader.read(batch: missing.map { knownRoots[$0] ?? $0 + "^{tree}" })) {
            roots[revision] = .some(object)
        }
    }

    /// The walk's name for `revision`'s root tree, its entries taken from the root already read.
    private func rootTree(_ revision: String) -> String {
        let name = revision + "^{tree}"
        if trees[name] == nil { trees[name] = .some((roots[revision] ?? nil).map(\.treeEntries)) }
        return name
    }

    /// Where the walk of each ref begins: its root tree, or the tree at `start` when the ref has it as a folder;
    /// refs without it are left out, and a ref where `start` is something else (a link) begins at its root.
    private func startingTrees(
        _ refs: [String], commits: [String: String], start: String
    ) throws -> [(ref: String, prefix: String, tree: String)] {
        // Root trees come from the one read `topEntries` shares, so `go.mod` and a walk from the root read each once.
        let revisions = refs.map { commits[$0] ?? $0 }
        guard !start.isEmpty else {
            try readRoots(revisions)
            return zip(refs, revisions).map { (ref: $0, prefix: "", tree: rootTree($1)) }
        }
        let entries = try topEntries(named: String(start.dropLast()), at: revisions)
        var frontier: [(ref: String, prefix: String, tree: String)] = []
        for (ref, (revision, entry)) in zip(refs, zip(revisions, entries)) {
            guard let entry else { continue }
            frontier.append(entry.isDirectory ? (ref, start, entry.sha) : (ref, "", rootTree(revision)))
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
