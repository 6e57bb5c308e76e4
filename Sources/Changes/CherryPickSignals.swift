/// The signs that a change is a cherry-pick: its title, its branch and `(cherry picked from commit …)` trailers.
struct CherryPickSignals: Equatable {
    /// Whether any sign was found.
    var isCherryPick = false
    /// Original pull requests named by the title or the branch, each with the signal that named it.
    var originals: [CherryPickOrigin] = []
    /// Original commits named by trailers.
    var originalCommits: [String] = []
    /// The title without a `[release-X.Y]` or `Cherry pick of #N:` prefix.
    var title: String

    /// Reads the signs from a change's title, branch and the bodies of its commits.
    init(title: String, branch: String?, bodies: [String]) {
        self.title = title
        readTitle(title)
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

    /// `[release-1.2] Title`, `Cherry pick of #12: Title`, `Automated cherry pick of #12 #13: Title`.
    private mutating func readTitle(_ text: String) {
        if text.hasPrefix("[release-"), let close = text.firstIndex(of: "]") {
            isCherryPick = true
            title = String(text[text.index(after: close)...].trimmed)
            return
        }
        let first = text.utf8.first.map { $0 | 0x20 }
        guard first == UInt8(ascii: "a") || first == UInt8(ascii: "c") else { return }
        let lower = text.prefix(32).lowercased()
        for prefix in ["automated cherry pick of ", "cherry pick of ", "cherry-pick of "] where lower.hasPrefix(prefix) {
            isCherryPick = true
            let rest = text.dropFirst(prefix.count)
            let head = rest.prefix { $0 != ":" }
            originals += Self.numbers(after: "#", in: head).map { CherryPickOrigin(pullRequest: $0, foundBy: .title) }
            let after = rest.dropFirst(head.count).drop { $0 == ":" || $0 == " " }
            if !after.isEmpty { title = String(after) }
            return
        }
    }

    /// `cherry-pick-12-to-release-1.2` or `automated-cherry-pick-of-#12-#13-upstream-release-1.2`.
    private mutating func readBranch(_ branch: String) {
        if branch.hasPrefix("automated-cherry-pick-of-") {
            isCherryPick = true
            originals += Self.numbers(after: "#", in: Substring(branch)).map { CherryPickOrigin(pullRequest: $0, foundBy: .branch) }
        } else if branch.hasPrefix("cherry-pick-"), branch.containsText("-to-") {
            isCherryPick = true
            let digits = branch.dropFirst("cherry-pick-".count).prefix { $0.isNumber }
            if let number = Int(digits) { originals.append(CherryPickOrigin(pullRequest: number, foundBy: .branch)) }
        }
        var seen = Set<Int>()
        originals = originals.filter { seen.insert($0.pullRequest).inserted }
    }

    /// Every number that directly follows `marker` in `text`.
    static func numbers(after marker: Character, in text: Substring) -> [Int] {
        var result: [Int] = []
        var rest = text[...]
        while let found = rest.firstIndex(of: marker) {
            rest = rest[rest.index(after: found)...]
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if let number = Int(digits) { result.append(number) }
        }
        return result
    }
}
