import GitHistory

/// What a first-parent commit's subject says about how its change arrived.
enum CommitShape: Equatable {
    /// `Merge pull request #N from owner/branch`.
    case pullRequestMerge(number: Int, owner: String, branch: String)
    /// `Title (#N)`, a squash merge.
    case squashMerge(title: String, number: Int)
    /// `Squashed 'DIR/' changes from A..B`, a vendored subtree update.
    case subtreeSquash(directory: String, from: String, to: String)
    /// `Merge commit 'SHA'`, `Merge commit 'SHA' as 'DIR'` or `Add 'DIR/' from commit 'SHA'`: the merge of a vendored subtree.
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
            } else if subject.hasPrefix("Add '"), subject.containsText("' from commit '") {
                // `git subtree add` without --squash merges the whole foreign history under this subject.
                let directory = subject.dropFirst("Add '".count).prefix { $0 != "'" }
                self = .subtreeMerge(directory: String(directory))
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
        let prefix = "Merge pull request #".utf8
        let bytes = subject.utf8
        guard bytes.starts(with: prefix) else { return nil }
        var index = bytes.index(bytes.startIndex, offsetBy: prefix.count)
        var number = 0
        let digitsStart = index
        while index < bytes.endIndex, let digit = bytes[index].asciiDigit, number < 1_000_000_000 {
            number = number * 10 + digit
            index = bytes.index(after: index)
        }
        let from = " from ".utf8
        guard index > digitsStart, bytes[index...].starts(with: from) else { return nil }
        index = bytes.index(index, offsetBy: from.count)
        let sourceEnd = bytes[index...].firstIndex { $0 == 0x20 || $0 == 0x09 } ?? bytes.endIndex
        let slash = bytes[index..<sourceEnd].firstIndex(of: UInt8(ascii: "/")) ?? sourceEnd
        let owner = String(subject[index..<slash])
        let branch = slash < sourceEnd ? String(subject[bytes.index(after: slash)..<sourceEnd]) : ""
        return .pullRequestMerge(number: number, owner: owner, branch: branch)
    }

    /// The first non-blank line of a merge commit's body (GitHub puts the PR title there) and what follows it.
    static func pullRequestTitle(inMergeBody body: String) -> (title: Substring, rest: Substring)? {
        var start = body.startIndex
        while start < body.endIndex {
            let end = body.utf8[start...].firstIndex(of: 0x0A) ?? body.endIndex
            let line = body[start..<end].trimmed
            let next = end < body.endIndex ? body.index(after: end) : end
            if !line.isEmpty { return (line, body[next...]) }
            start = next
        }
        return nil
    }

    /// Parses `Title (#N)`; only the last `(#N)` is the pull request.
    static func squashMerge(_ subject: String) -> CommitShape? {
        guard subject.utf8.last == UInt8(ascii: ")"), let open = subject.rangeOfText(" (#", backwards: true) else { return nil }
        let digits = subject.utf8[open.upperBound..<subject.utf8.index(before: subject.utf8.endIndex)]
        guard !digits.isEmpty, digits.count < 10, digits.allSatisfy({ $0.asciiDigit != nil }) else { return nil }
        let number = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        let title = String(subject[..<open.lowerBound].trimmed)
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
        if let range = words.last, words.contains("from"), range.containsText("..") {
            let ends = range.components(separatedBy: "..")
            return .subtreeSquash(directory: directory, from: ends[0], to: ends.last ?? "")
        }
        return .subtreeSquash(directory: directory, from: "", to: words.last.map(String.init) ?? "")
    }
}

extension UInt8 {
    /// The value of an ASCII digit, nil for any other byte.
    var asciiDigit: Int? { self >= 0x30 && self <= 0x39 ? Int(self - 0x30) : nil }
}
