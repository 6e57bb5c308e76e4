/// One change on one release page: how comparisons find the entry the page already rendered.
struct ShownEntryKey: Hashable, Sendable {
    /// The release page's site path.
    var page: String
    /// The change's commit.
    var commit: String
}
