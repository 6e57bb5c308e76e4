import Changes
import ReleaseNotes

/// One change as a page lists it: its anchor, what filters and search read, and its HTML list item.
struct SiteEntry: Sendable {
    /// The item's `id`, such as `pr-12` or `commit-abc1234`, unique on its page.
    var id: String
    /// The change.
    var change: Change
    /// The `<li>` element, with the anchor and the kind and breaking attributes filters read.
    var html: String
    /// What the element holds: the rendered text and links.
    var inner: String
    /// The text a reader sees, for search.
    var text: String

    /// The anchor a change takes before it is made unique on a page.
    static func anchor(of change: Change) -> String {
        change.pullRequest.map { "pr-\($0)" } ?? "commit-" + change.commit.prefix(7)
    }
}
