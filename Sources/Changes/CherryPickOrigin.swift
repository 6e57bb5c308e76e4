/// One original pull request that a cherry-pick carries, and the signal that linked them.
public struct CherryPickOrigin: Sendable, Hashable, Encodable {
    /// How a cherry-pick was linked to its original, strongest first.
    public enum Signal: String, Sendable, Hashable, Encodable, CaseIterable {
        /// A `(cherry picked from commit …)` trailer naming a commit of the original.
        case trailer
        /// The pick's branch name, as cherry-pick robots write it.
        case branch
        /// The pick's title, such as `Cherry pick of #12: …`.
        case title
        /// A normalised title identical to exactly one pull request on the default branch.
        case sameTitle = "same-title"
        /// Commits with the same `git patch-id --stable` as the original's.
        case patchID = "patch-id"
    }

    /// The original pull request.
    public var pullRequest: Int
    /// How it was found.
    public var foundBy: Signal

    /// Creates a link.
    public init(pullRequest: Int, foundBy: Signal) {
        self.pullRequest = pullRequest
        self.foundBy = foundBy
    }
}
