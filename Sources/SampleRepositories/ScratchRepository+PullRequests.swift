import Foundation

extension ScratchRepository {
    /// A GitHub merge-commit PR: `commits` on branch `branch` (default `pr-<number>`), merged with `--no-ff` by Bob.
    ///
    /// With no commits, one commit titled `title` touching a fresh file is made. Returns the merge sha;
    /// the branch is deleted afterwards, as GitHub does, so its head is reachable only as `<merge>^2`.
    @discardableResult
    public func mergePR(
        number: Int,
        title: String,
        branch: String? = nil,
        owner: String = "alice",
        author: Person = .alice,
        commits: [(String, [String: String])] = []
    ) throws -> String {
        let commits = commits.isEmpty ? [(title, [String: String]())] : commits
        return try mergePR(number: number, title: title, branch: branch, owner: owner) { repository in
            for (message, files) in commits {
                try repository.commit(message, files: files, author: author)
            }
        }
    }

    /// A GitHub merge-commit PR whose branch content is made by `work` (run with the PR branch checked out).
    ///
    /// With a `body`, the merge message ends with it, as GitHub writes it when a repository's merge commits carry
    /// the pull request's description.
    @discardableResult
    public func mergePR(
        number: Int,
        title: String,
        body: String = "",
        branch: String? = nil,
        owner: String = "alice",
        merger: Person = .bob,
        work: (ScratchRepository) throws -> Void
    ) throws -> String {
        let branchName = branch ?? "pr-\(number)"
        let base = try currentBranch() ?? sha("HEAD")
        try self.branch(branchName)
        do {
            try work(self)
        } catch {
            _ = try? run(["checkout", "-q", "-f", base])
            throw error
        }
        try checkout(base)
        guard try sha(branchName) != sha("HEAD") else {
            throw ScratchRepositoryError(command: "merge \(branchName)", reason: "pull request #\(number) has no commits")
        }
        let message = "Merge pull request #\(number) from \(owner)/\(branchName)\n\n\(title)" + (body.isEmpty ? "" : "\n\n" + body)
        try abortingOnFailure("merge") {
            try run(["merge", "-q", "--no-ff", "--no-edit", "-m", message, branchName], author: merger, committer: .github)
        }
        let merge = try stamped()
        try run(["branch", "-q", "-D", branchName])
        return merge
    }

    /// A GitHub squash merge: one commit `<title> (#<number>)`, then `body` after a blank line when non-empty.
    @discardableResult
    public func squashPR(
        number: Int,
        title: String,
        body: String = "",
        files: [String: String] = [:],
        author: Person = .alice
    ) throws -> String {
        var message = "\(title) (#\(number))"
        if !body.isEmpty {
            message += "\n\n" + body
        }
        return try commit(message, files: files, author: author, committer: .github)
    }

    /// `git cherry-pick -x` of `sha` onto HEAD (`-m 1` for a merge); the original author is kept. Returns the new sha.
    ///
    /// Without `trailer`, the pick carries no `(cherry picked from commit …)` line: only its patch links it.
    @discardableResult
    public func cherryPick(_ sha: String, committer: Person = .alice, trailer: Bool = true) throws -> String {
        let mainline = try isMerge(sha) ? ["-m", "1"] : []
        try abortingOnFailure("cherry-pick") {
            try run(["cherry-pick"] + (trailer ? ["-x"] : []) + mainline + [sha], author: committer)
        }
        return try stamped()
    }

    /// `git revert --no-edit` of `sha` (`-m 1` for a merge), keeping git's own message. Returns the new sha.
    @discardableResult
    public func revert(_ sha: String, author: Person = .alice) throws -> String {
        let mainline = try isMerge(sha) ? ["-m", "1"] : []
        try abortingOnFailure("revert") {
            try run(["revert", "--no-edit"] + mainline + [sha], author: author)
        }
        return try stamped()
    }

    /// Runs `body`; if it throws, `git <command> --abort` cleans up (best effort) before the error propagates.
    func abortingOnFailure(_ command: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            _ = try? run([command, "--abort"])
            throw error
        }
    }

    /// Whether `sha` has more than one parent.
    func isMerge(_ sha: String) throws -> Bool {
        try run(["rev-list", "--no-walk", "--parents", sha]).split(separator: " ").count > 2
    }
}
