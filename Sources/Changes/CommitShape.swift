import GitHistory

/// What a first-parent commit's subject says about how its change arrived.
enum CommitShape: Equatable {
    /// `Merge pull request #N from owner/branch`.
    case pullRequestMerge(number: Int, owner: String, branch: String)
    /// `Title (#N)`, a squash merge.
    case squashMerge(title: String, number: Int)
    /// `Squashed 'DIR/' changes from A..B`, a vendored subtree update.
    case subtreeSquash(directory: String, from: String, to: String)
    /// `Merge commit 'SHA'` or `Merge commit 'SHA' as 'DIR'`, the merge of a vendored subtree.
    case subtreeMerge(directory: String?)
    /// Any other merge.
    case otherMerge
    /// A plain commit: a rebase merge or a direct push.
    case plain

    /// Reads the shape of `commit` from its subject and parent count.
    init(_ commit: Commit) {
        let subject = commit.subject
        if commit.isMerge {
            if let merge = Self.pullRequestMerge(subject) {
                self = merge
            } else if subject.hasPrefix("Merge commit '") {
                let directory = subject.components(separatedBy: "' as '").dropFirst().first.map { String($0.dropLast()) }
                self = .subtreeMerge(directory: directory)
            } else {
                self = .otherMerge
            }
        } else if let squash = Self.subtreeSquash(subject) {
            self = squash
        } else if let squash = Self.squashMerge(subject) {
            self = squash
        } else {
            self = .plain
        }
    }

    /// Parses `Merge pull request #N from owner/branch`.
    static func pullRequestMerge(_ subject: String) -> CommitShape? {
        let prefix = "Merge pull request #"
        guard subject.hasPrefix(prefix) else { return nil }
        let rest = subject.dropFirst(prefix.count)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard let number = Int(digits), rest.dropFirst(digits.count).hasPrefix(" from ") else { return nil }
        let source = rest.dropFirst(digits.count + " from ".count).prefix { !$0.isWhitespace }
        let owner = source.prefix { $0 != "/" }
        let branch = source.dropFirst(owner.count + 1)
        return .pullRequestMerge(number: number, owner: String(owner), branch: String(branch))
    }

    /// Parses `Title (#N)`; only the last `(#N)` is the pull request.
    static func squashMerge(_ subject: String) -> CommitShape? {
        guard subject.hasSuffix(")"), let open = subject.range(of: " (#", options: .backwards) else { return nil }
        let digits = subject[open.upperBound..<subject.index(before: subject.endIndex)]
        guard let number = Int(digits), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let title = subject[..<open.lowerBound].trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { return nil }
        return .squashMerge(title: title, number: number)
    }

    /// Parses `Squashed 'DIR/' changes from A..B` (or `Squashed 'DIR/' content from commit A`).
    static func subtreeSquash(_ subject: String) -> CommitShape? {
        guard subject.hasPrefix("Squashed '") else { return nil }
        let parts = subject.dropFirst("Squashed '".count).split(separator: "'", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        let directory = String(parts[0])
        let words = parts[1].split(separator: " ")
        if let range = words.last, words.contains("from"), range.contains("..") {
            let ends = range.components(separatedBy: "..")
            return .subtreeSquash(directory: directory, from: ends[0], to: ends.last ?? "")
        }
        return .subtreeSquash(directory: directory, from: "", to: words.last.map(String.init) ?? "")
    }
}
