import Foundation

extension GitRepository {
    /// Where the default branch is looked for, most telling first: the remote's HEAD, then the usual names.
    static let defaultBranchRefs = [
        "refs/remotes/origin/HEAD", "refs/remotes/origin/main", "refs/remotes/origin/master", "refs/heads/main", "refs/heads/master",
    ]

    /// The commit at the tip of the default branch (the remote's HEAD, else `main` or `master`), or nil when the
    /// repository has none of them; one `git for-each-ref`.
    public func defaultBranchTip() throws -> String? {
        let data = try git().output(["for-each-ref", "--format=%(refname)%1f%(objectname)"] + Self.defaultBranchRefs)
        var found: [String: String] = [:]
        for line in data.split(separator: 0x0A) {
            let fields = line.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 2, Self.isObjectName(fields[1]) else { continue }
            found[fields[0]] = fields[1]
        }
        return Self.defaultBranchRefs.lazy.compactMap { found[$0] }.first
    }
}
