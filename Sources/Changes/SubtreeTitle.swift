import GitHistory

/// The title of a vendored subtree update, built from its squash commit, never from the foreign history.
struct SubtreeTitle {
    /// The title text.
    let text: String

    /// A title with the given text.
    init(text: String) {
        self.text = text
    }

    /// A title for `Squashed 'DIR/' changes from A..B`.
    init(directory: String, from: String, to: String) {
        let folder = directory.hasSuffix("/") ? directory : directory + "/"
        self.text = from.isEmpty
            ? "Add vendored \(folder) at \(to.prefix(7))"
            : "Update vendored \(folder) from \(from.prefix(7)) to \(to.prefix(7))"
    }

    /// A title for a subtree merge, read from the squash commit it merged when there is one.
    init(merge: Commit, merged: [Commit], directory: String?) {
        for commit in merged {
            if case let .subtreeSquash(folder, from, to) = CommitShape(commit) {
                self.init(directory: folder, from: from, to: to)
                return
            }
        }
        self.init(text: directory.map { "Update vendored \($0)" } ?? merge.subject)
    }
}
