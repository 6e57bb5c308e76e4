/// The signs that a change is a cherry-pick: its title, its branch and `(cherry picked from commit …)` trailers.
struct CherryPickSignals: Equatable {
    /// Whether any sign was found.
    var isCherryPick = false
    /// Whether the title names a release line, as picks and a line's own changes do.
    var marksReleaseLine = false
    /// Original pull requests named by the title or the branch, each with the signal that named it.
    var originals: [CherryPickOrigin] = []
    /// Original commits named by trailers.
    var originalCommits: [String] = []
    /// The title without its cherry-pick prefix, as `CherryPickTitle` reads it.
    var title: String

    /// Reads the signs from a change's title, branch and the bodies of its commits.
    init(title: String, branch: String?, bodies: [String]) {
        let read = CherryPickTitle(title)
        isCherryPick = read.isCherryPick
        marksReleaseLine = read.marksReleaseLine
        originals = read.pullRequests.map { CherryPickOrigin(pullRequest: $0, foundBy: .title) }
        self.title = read.title
        if let branch { readBranch(branch) }
        for body in bodies where body.containsText("cherry picked from commit ") {
            for line in body.split(whereSeparator: \.isNewline) {
                let trimmed = line.trimmed
                guard trimmed.hasPrefix("(cherry picked from commit "), trimmed.hasSuffix(")") else { continue }
                let sha = trimmed.dropFirst("(cherry picked from commit ".count).dropLast()
                if sha.count >= 7, sha.allSatisfy(\.isHexDigit), !originalCommits.contains(String(sha)) {
                    originalCommits.append(String(sha))
                    isCherryPick = true
                }
            }
        }
    }

    /// `cherry-pick-12-to-release-1.2` or `automated-cherry-pick-of-#12-#13-upstream-release-1.2`.
    private mutating func readBranch(_ branch: String) {
        if branch.hasPrefix("automated-cherry-pick-of-") {
            isCherryPick = true
            originals += Self.numbers(after: "#", in: Substring(branch)).map { CherryPickOrigin(pullRequest: $0, foundBy: .branch) }
        } else if branch.hasPrefix("cherry-pick-"), branch.containsText("-to-") {
            isCherryPick = true
            let digits = branch.dropFirst("cherry-pick-".count).prefix { $0.isASCII && $0.isNumber }
            if let number = Self.pullRequestNumber(digits) { originals.append(CherryPickOrigin(pullRequest: number, foundBy: .branch)) }
        }
        var seen = Set<Int>()
        originals = originals.filter { seen.insert($0.pullRequest).inserted }
    }

    /// Every pull request number, one to nine digits and not 0, that directly follows `marker` in `text`.
    static func numbers(after marker: Character, in text: Substring) -> [Int] {
        var result: [Int] = []
        var rest = text[...]
        while let found = rest.firstIndex(of: marker) {
            rest = rest[rest.index(after: found)...]
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if let number = pullRequestNumber(digits) { result.append(number) }
        }
        return result
    }

    /// `digits` as a pull request number: one to nine ASCII digits, not 0.
    static func pullRequestNumber(_ digits: Substring) -> Int? {
        guard (1...9).contains(digits.utf8.count), let number = Int(digits), number > 0 else { return nil }
        return number
    }
}
