/// The notes of a release that Herald generated (rather than a maintainer published), as structured HTML.
struct SiteNotes: Sendable {
    /// The notes' HTML: sections of entries.
    var html: String
    /// The text of the notes, for search and feeds.
    var text: String
    /// Every entry, in page order.
    var entries: [SiteEntry]
}
