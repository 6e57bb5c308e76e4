import GitHistory

extension ArrivedChange {
    /// Subjects of merges that name a branch or a fork, not the change: `Merge commit from fork` (GitHub's
    /// security-advisory merges) and local `git merge` and `git pull` messages.
    static let untitledMergeSubjects = ["Merge commit from fork", "Merge branch '", "Merge remote-tracking branch '"]

    /// Reads a merge without a PR in its subject: its title from its body's first line, else from the one commit it
    /// brought, else the subject; its authors from the commits it brought, never the person who merged.
    mutating func readUntitledMerge(_ commit: Commit) {
        guard Self.untitledMergeSubjects.contains(where: commit.subject.hasPrefix) else { return }
        // git writes list headings there (`Conflicts:`, merge.log's `* branch 'x':`), which are no title.
        if let message = CommitShape.pullRequestTitle(inMergeBody: commit.body), message.title.last != ":" {
            title = String(message.title)
            body = String(message.rest)
        } else if let single = Self.singleCommit(ownCommits) {
            title = single.subject
            body = single.body
        }
        let credited = Self.authors(of: ownCommits)
        if !credited.isEmpty { authors = credited }
    }

    /// The one non-merge commit among `commits`; nil when there are none or several.
    static func singleCommit(_ commits: [Commit]) -> Commit? {
        var found: Commit?
        for commit in commits where !commit.isMerge {
            guard found == nil else { return nil }
            found = commit
        }
        return found
    }

    /// GitHub logins of the authors of `commits` (newest first), oldest first, once each.
    static func logins(of commits: [Commit]) -> [String] {
        credits(commits.filter { $0.authorEmail.hasSuffix("@users.noreply.github.com") })
    }

    /// The logins of `commits`' authors when any has one, else every non-merge author as notes show them.
    static func authors(of commits: [Commit]) -> [String] {
        let logins = logins(of: commits)
        return logins.isEmpty ? credits(commits.filter { !$0.isMerge }) : logins
    }

    /// How notes show the authors of `commits` (newest first): oldest first, once each.
    static func credits(_ commits: [Commit]) -> [String] {
        var seen = Set<String>()
        return commits.reversed().map { AuthorIdentity.display(name: $0.authorName, email: $0.authorEmail) }
            .filter { seen.insert($0).inserted }
    }
}
