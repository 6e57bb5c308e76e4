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
        // Most ranges revert nothing, and indexing every candidate's titles would cost more than the rest of pairing.
        let reverts = candidates.indices.filter { candidates[$0].revert.isRevert }
        if !reverts.isEmpty { pair(reverts, reasons: &reasons) }
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

    /// Pairs each of `reverts` (candidate positions, newest first) with the change it reverts, giving both a reason.
    private func pair(_ reverts: [Int], reasons: inout [Int: String]) {
        var paired = Set<Int>()
        let index = RevertTargetIndex(candidates, for: reverts.map { candidates[$0].revert })
        // Newest first: a revert of a revert cancels that revert and leaves the original change listed.
        for revertIndex in reverts {
            guard !paired.contains(revertIndex) else { continue }
            let revert = candidates[revertIndex]
            // The nearest older candidate it names; a change left out for its own reason (release note NONE) can
            // still be reverted.
            let named = index.candidates(namedBy: revert.revert).filter { $0 > revertIndex && !paired.contains($0) }
            guard let target = named.filter({ candidates[$0].isTarget(of: revert.revert) }).min() else { continue }
            paired.formUnion([target, revertIndex])
            reasons[target] = "reverted by \(revert.reference) in this range"
            reasons[revertIndex] = "reverts \(candidates[target].reference) in this range"
        }
    }
}
