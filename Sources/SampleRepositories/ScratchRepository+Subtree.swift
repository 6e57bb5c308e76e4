import Foundation

extension ScratchRepository {
    /// Vendors `files` under `prefix` the way `git subtree add/pull --squash` does; returns the merge sha.
    ///
    /// The squash commit holds `files` at its root (as git-subtree's do), has the previous squash for the same
    /// prefix as its parent (none the first time), and says "Squashed '<prefix>/' changes from <from>..<to>"
    /// followed by `foreignLog` (or "content from commit <to>" when the log is empty) and the
    /// `git-subtree-dir`/`git-subtree-split` trailers. The merge on HEAD's branch is
    /// "Merge commit '<squash>' as '<prefix>'" the first time, "Merge commit '<squash>'" afterwards.
    @discardableResult
    public func subtree(prefix: String, files: [String: String], foreignLog: String, author: Person = .alice) throws -> String {
        let prefix = prefix.split(separator: "/").joined(separator: "/")
        guard !prefix.isEmpty, let head = resolve("HEAD") else {
            throw ScratchRepositoryError(command: "subtree \(prefix)", reason: "needs a prefix and a commit to merge into")
        }
        let previous = subtrees[prefix]
        let log = foreignLog.trimmingCharacters(in: .newlines)
        let split = try upstreamHead(prefix, log)
        var message = "Squashed '\(prefix)/' content from commit \(split.prefix(7))\n\n"
        if !log.isEmpty {
            let base = try upstreamBase(prefix, previous)
            message = "Squashed '\(prefix)/' changes from \(base.prefix(7))..\(split.prefix(7))\n\n\(log)\n\n"
        }
        message += "git-subtree-dir: \(prefix)\ngit-subtree-split: \(split)\n"
        let squashTree = try tree(of: files)
        let squash = try commitTree(squashTree, parents: previous.map { [$0.squash] } ?? [], message: message, author: author)
        clock += Self.tick

        let mergedTree = try tree(of: head, replacing: prefix, with: squashTree)
        let title = previous == nil ? "Merge commit '\(squash)' as '\(prefix)'" : "Merge commit '\(squash)'"
        let merge = try commitTree(mergedTree, parents: [head, squash], message: title + "\n", author: author)
        try run(["update-ref", "HEAD", merge])
        try run(["reset", "-q", "--hard", "HEAD"])
        clock += Self.tick
        subtrees[prefix] = SubtreeState(squash: squash, split: split)
        return merge
    }

    /// An invented but reproducible upstream sha, starting with the log's newest abbreviated sha when it has one.
    private func upstreamHead(_ prefix: String, _ log: String) throws -> String {
        let invented = try run(["hash-object", "--stdin"], input: Data("upstream \(prefix)\n\(log)".utf8))
        let newest = log.prefix { !$0.isWhitespace }.lowercased()
        guard (7...invented.count).contains(newest.count), newest.allSatisfy(\.isHexDigit) else {
            return invented
        }
        return newest + invented.dropFirst(newest.count)
    }

    /// The upstream commit the previous squash stood for, or an invented one for a first import.
    private func upstreamBase(_ prefix: String, _ previous: SubtreeState?) throws -> String {
        if let previous {
            return previous.split
        }
        return try run(["hash-object", "--stdin"], input: Data("upstream \(prefix)\n".utf8))
    }

    /// Writes blobs for `files` through a throwaway index and returns the tree sha.
    private func tree(of files: [String: String]) throws -> String {
        let index = ["GIT_INDEX_FILE": supportPath + "/subtree-index-" + UUID().uuidString]
        defer { try? FileManager.default.removeItem(atPath: index["GIT_INDEX_FILE"] ?? "") }
        try run(["read-tree", "--empty"], environment: index)
        for (relative, contents) in files.sorted(by: { $0.key < $1.key }) {
            let blob = try run(["hash-object", "-w", "--stdin"], input: Data(contents.utf8))
            try run(["update-index", "--add", "--cacheinfo", "100644,\(blob),\(relative)"], environment: index)
        }
        return try run(["write-tree"], environment: index)
    }

    /// The tree of `commit` with the folder `prefix` replaced by `subtree`.
    private func tree(of commit: String, replacing prefix: String, with subtree: String) throws -> String {
        let index = ["GIT_INDEX_FILE": supportPath + "/subtree-index-" + UUID().uuidString]
        defer { try? FileManager.default.removeItem(atPath: index["GIT_INDEX_FILE"] ?? "") }
        try run(["read-tree", commit], environment: index)
        try run(["rm", "-r", "-q", "--cached", "--ignore-unmatch", "--", prefix], environment: index)
        try run(["read-tree", "--prefix=\(prefix)/", subtree], environment: index)
        return try run(["write-tree"], environment: index)
    }

    /// `git commit-tree` with the message on standard input.
    private func commitTree(_ tree: String, parents: [String], message: String, author: Person) throws -> String {
        try run(
            ["commit-tree", tree] + parents.flatMap { ["-p", $0] },
            input: Data(message.utf8), author: author
        )
    }
}
