import ReleaseNotes

/// A release page after rendering.
struct RenderedRelease: Sendable {
    /// The release's notes document.
    var document: NotesDocument
    /// Its site path.
    var path: String
    /// The notes as HTML, for feeds.
    var html: String
    /// Words to search it by: change titles and pull request numbers, or the published text.
    var searchText: String
    /// The entries of generated notes, for search; empty for published notes.
    var entries: [SiteEntry]
}
