/// What a vendored subtree last brought in: needed to chain the next squash like `git subtree --squash` does.
struct SubtreeState: Sendable {
    /// The latest squash commit for the prefix.
    var squash: String
    /// The (fake) upstream commit that squash stands for.
    var split: String
}
