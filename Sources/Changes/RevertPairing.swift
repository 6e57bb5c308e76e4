/// Cancels a change and its revert when both are in the range; a lone revert stays, as a fix.
struct RevertPairing {
    /// The range's candidates, newest first.
    var candidates: [ChangeCandidate]

    /// Splits the candidates into listed and excluded changes, both newest first.
    func resolve() -> DetectedChanges {
        var reasons: [Int: String] = [:]
        for (index, candidate) in candidates.enumerated() {
            if let exclusion = candidate.exclusion { reasons[index] = exclusion }
        }
        // Oldest first, so each revert meets the newest earlier change it names.
        for revertIndex in candidates.indices.reversed() where candidates[revertIndex].revert.isRevert {
            guard reasons[revertIndex] == nil || candidates[revertIndex].exclusion != nil else { continue }
            let revert = candidates[revertIndex]
            let earlier = candidates.indices.filter { $0 > revertIndex && reasons[$0] == nil }
            guard let target = earlier.first(where: { candidates[$0].isTarget(of: revert.revert) }) else { continue }
            reasons[target] = "reverted by \(revert.reference) in this range"
            reasons[revertIndex] = "reverts \(candidates[target].reference) in this range"
        }
        var result = DetectedChanges()
        for (index, candidate) in candidates.enumerated() {
            if let reason = reasons[index] {
                result.excluded.append(ExcludedChange(
                    pullRequest: candidate.change.pullRequest, commit: candidate.change.commit,
                    title: candidate.change.title, reason: reason
                ))
            } else {
                result.changes.append(candidate.change)
            }
        }
        return result
    }
}
