import Foundation

extension GitRepository {
    /// Where the default branch is looked for, most telling first: the remote's HEAD, then the usual names.
    static let defaultBranchRefs = [
        "refs/remotes/origin/HEAD", "refs/remotes/origin/main", "refs/remotes/origin/master", "refs/heads/main", "refs/heads/master",
    ]

    /// The tip of each branch in `names` that exists, as a local branch or else as `origin`'s; one `git for-each-ref`,
    /// none when no name is safe to hand git.
    public func branchTips(named names: [String]) throws -> [String: String] {
        let safe = names.filter(Self.isSafeBranchName)
        guard !safe.isEmpty else { return [:] }
        return Self.branchTips(named: safe, in: try refTips(safe.flatMap { ["refs/heads/\($0)", "refs/remotes/origin/\($0)"] }))
    }

    /// The default branch's tip among `found` refs (full name → object): the first of `defaultBranchRefs` there, the
    /// remote's HEAD, else `main` or `master`; nil when the repository has none of them.
    static func defaultBranch(in found: [String: String]) -> String? {
        defaultBranchRefs.lazy.compactMap { found[$0] }.first
    }

    /// The tip of each branch of `names` that is safe to name among `found` refs: the local branch, else `origin`'s.
    static func branchTips(named names: [String], in found: [String: String]) -> [String: String] {
        var tips: [String: String] = [:]
        for name in names where isSafeBranchName(name) {
            if let tip = found["refs/heads/\(name)"] ?? found["refs/remotes/origin/\(name)"] { tips[name] = tip }
        }
        return tips
    }

    /// Whether git may be handed `name` inside a ref pattern: no option, no `..`, only letters, digits and `._-/`.
    static func isSafeBranchName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix("-") && !name.contains("..") && name.allSatisfy { $0.isLetter || $0.isNumber || "._-/".contains($0) }
    }

    /// The commit each of `refs` (full ref names) points at, for those that exist; one `git for-each-ref`.
    func refTips(_ refs: [String]) throws -> [String: String] {
        let data = try git().output(["for-each-ref", "--format=%(refname)%1f%(objectname)"] + refs)
        var found: [String: String] = [:]
        for line in data.split(separator: 0x0A) {
            let fields = line.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 2, Self.isObjectName(fields[1]) else { continue }
            found[fields[0]] = fields[1]
        }
        return found
    }
}

extension GitRepository {
    /// The URL configured for the remote `name` (`remote.NAME.url`), or nil when there is none.
    public func remoteURL(named name: String) -> String? {
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        // The last value wins, as `git config --get` answers.
        guard let value = settings.values(of: "remote.\(name).url", in: self).last ?? nil else { return nil }
        let url = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return url.isEmpty ? nil : url
    }
}
