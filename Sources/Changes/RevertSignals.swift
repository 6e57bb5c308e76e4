/// What a change reverts: a title `Revert "…"`, `This reverts commit SHA.`, `Reverts owner/repo#N` or a `revert-N-…` branch.
struct RevertSignals: Equatable {
    /// The quoted title of the reverted change.
    var revertedTitle: String?
    /// Commits named by `This reverts commit …`.
    var commits: [String] = []
    /// Pull requests named by `Reverts owner/repo#N` or the branch.
    var pullRequests: [Int] = []

    /// Whether the change is a revert at all.
    var isRevert: Bool { revertedTitle != nil || !commits.isEmpty || !pullRequests.isEmpty }

    /// The quoted title, when it is all the revert names its target by: one that names a commit or pull request is
    /// paired by that alone, since titles repeat across releases.
    var titleOnly: String? { commits.isEmpty && pullRequests.isEmpty ? revertedTitle : nil }

    /// Reads the signs from a change's title, branch and message bodies.
    init(title: String, branch: String?, bodies: [String]) {
        if title.hasPrefix("Revert \""), title.hasSuffix("\""), title.count > 9 {
            revertedTitle = String(title.dropFirst("Revert \"".count).dropLast())
        }
        if let branch, branch.hasPrefix("revert-") {
            let digits = branch.dropFirst("revert-".count).prefix { $0.isNumber }
            if let number = Int(digits), branch.dropFirst("revert-".count + digits.count).hasPrefix("-") {
                pullRequests.append(number)
            }
        }
        for body in bodies where body.containsText("This reverts commit ") || body.containsText("Reverts ") {
            for line in body.split(whereSeparator: \.isNewline) {
                let trimmed = line.trimmed
                if trimmed.hasPrefix("This reverts commit ") {
                    let sha = trimmed.dropFirst("This reverts commit ".count).prefix { $0.isHexDigit }
                    if sha.count >= 7 { commits.append(String(sha)) }
                } else if trimmed.hasPrefix("Reverts "), let hash = trimmed.firstIndex(of: "#"),
                          trimmed[..<hash].contains("/"), !trimmed[..<hash].contains(" ", after: "Reverts ") {
                    let digits = trimmed[trimmed.index(after: hash)...].prefix { $0.isNumber }
                    if let number = Int(digits) { pullRequests.append(number) }
                }
            }
        }
    }
}

extension Substring {
    /// Whether `character` occurs after the leading `prefix`.
    func contains(_ character: Character, after prefix: String) -> Bool {
        dropFirst(prefix.count).contains(character)
    }
}
