import GitHistory

/// What a first-parent commit says about how its change arrived: its pull request, title, description, branch and authors.
struct ArrivedChange {
    /// The change's title: the PR title, the squash title or the subject.
    var title: String
    /// The PR description or commit body, where release notes and `/kind` lines live.
    var body: String
    /// This repository's PR number, read only from merge and squash subjects.
    var pullRequest: Int?
    /// The PR's source branch, for merge commits.
    var branch: String?
    /// GitHub logins as `@login`, or author names when no login is known.
    var authors: [String]
    /// Whether the commit is a vendored subtree update, whose history belongs to another repository.
    var isVendored = false
    /// The commits the change brought in that speak for it: never vendored history.
    var ownCommits: [Commit] = []

    /// Reads `commit`, with `merged`, the commits it brought in.
    init(_ commit: Commit, merged: [Commit]) {
        title = commit.subject
        body = commit.body
        authors = [AuthorIdentity.display(name: commit.authorName, email: commit.authorEmail)]
        switch CommitShape(commit) {
        case let .pullRequestMerge(number, owner, source):
            pullRequest = number
            branch = source
            ownCommits = Self.ownCommits(merged)
            let message = CommitShape.pullRequestTitle(inMergeBody: commit.body)
            title = message.map { String($0.title) } ?? Self.singleCommit(ownCommits)?.subject ?? source
            body = message.map { String($0.rest) } ?? ""
            // Logins from the PR's commits name bots and maintainers whose branches live upstream; else the fork owner.
            // A merge GitHub left without its PR title names no one better than its commits' authors either.
            let credited = message == nil ? Self.authors(of: ownCommits) : Self.logins(of: ownCommits)
            authors = credited.isEmpty ? ["@" + owner] : credited
        case let .squashMerge(squashTitle, number):
            pullRequest = number
            title = squashTitle
        case let .subtreeSquash(directory, from, to):
            isVendored = true
            title = SubtreeTitle(directory: directory, from: from, to: to).text
            body = ""
        case let .subtreeMerge(directory):
            isVendored = true
            title = SubtreeTitle(merge: commit, merged: merged, directory: directory).text
            body = ""
        case .otherMerge:
            ownCommits = Self.ownCommits(merged)
            readUntitledMerge(commit)
        case .plain:
            break
        }
    }

    /// The commits a merge brought in, without vendored subtrees and what is reachable only through them.
    static func ownCommits(_ merged: [Commit]) -> [Commit] {
        guard merged.contains(where: {
            $0.subject.hasPrefix("Squashed '") || $0.subject.hasPrefix("Merge commit '") || $0.subject.hasPrefix("Add '")
        }) else {
            return merged
        }
        let bySHA = Dictionary(merged.map { ($0.sha, $0) }, uniquingKeysWith: { first, _ in first })
        var vendored = Set<String>()
        var stack: [String] = []
        for commit in merged {
            switch CommitShape(commit) {
            case .subtreeSquash: stack.append(commit.sha)
            case .subtreeMerge: stack += commit.parents.dropFirst()
            default: break
            }
        }
        while let sha = stack.popLast() {
            guard let commit = bySHA[sha], vendored.insert(sha).inserted else { continue }
            stack += commit.parents
        }
        return merged.filter { !vendored.contains($0.sha) }
    }
}
