/// Answers to `AncestryQuestion`s, read from git by the pipeline; the picker itself reads nothing.
///
/// A question with no answer counts as "no patch on the branch", the rule for release branches.
public struct ReleaseAncestry: Sendable, Equatable {
    /// For each question answered, the newest of its patches on the tip's branch, nil for none.
    var newestPatch: [AncestryQuestion: Release?] = [:]

    /// Knows nothing: every minor and major release starts at the previous line's first release.
    public init() {}

    /// Records that `onBranch` (the patches in `git log LINESTART..TIP`) answer `question`.
    public mutating func answer(_ question: AncestryQuestion, onBranch: Set<String>) {
        newestPatch[question] = .some(question.patches.first { onBranch.contains($0.commit) })
    }

    /// The newest patch of `question` on the tip's branch, nil when there is none or it was not answered.
    func newestPatchOnBranch(for question: AncestryQuestion) -> Release? {
        newestPatch[question] ?? nil
    }
}
