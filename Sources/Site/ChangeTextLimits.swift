import HeraldSupport
import Changes
import ReleaseNotes

/// Caps the text of each change that the site shows: one huge pull request title must not make a huge site.
///
/// A title goes into its release page, the feeds and the search index; a 50 MB title made a 144 MB site.
enum ChangeTextLimits {
    /// The most characters of a title the site shows.
    static let title = 1_000
    /// The most characters of a change's release note the site shows.
    static let note = 10_000
    /// How far back from the limit a cut looks for a space, so it falls between words.
    static let wordReach = 100

    /// Cuts the long titles and notes of `document`'s changes, with a warning for each.
    static func cap(_ document: inout NotesDocument) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for index in document.changes.indices {
            let change = document.changes[index]
            if let shorter = cut(change.title, limit: Self.title) {
                document.changes[index].title = shorter
                warnings.append(warning(.longTitle, what: "title", of: change, in: document, limit: Self.title))
            }
            if let shorter = change.note.flatMap({ cut($0, limit: Self.note) }) {
                document.changes[index].note = shorter
                warnings.append(warning(.longNote, what: "release note", of: change, in: document, limit: Self.note))
            }
        }
        return warnings
    }

    /// `text` cut to at most `limit` characters, at a space when one is near, with `…`; nil when it is short enough.
    static func cut(_ text: String, limit: Int) -> String? {
        // A character is at least one byte: short text is settled without walking it.
        guard text.utf8.count > limit else { return nil }
        let kept = text.prefix(limit)
        guard kept.endIndex < text.endIndex else { return nil }
        var end = kept.endIndex
        if let space = kept.suffix(wordReach).lastIndex(where: \.isWhitespace) { end = space }
        while end > kept.startIndex, kept[kept.index(before: end)].isWhitespace { end = kept.index(before: end) }
        return String(kept[..<end]) + "…"
    }

    /// The warning for one cut: the release, the change, and how much of it the site shows.
    static func warning(_ code: DiagnosticCode, what: String, of change: Change, in document: NotesDocument, limit: Int) -> Diagnostic {
        let release = document.version == nil ? "\(document.component.map { $0 + " " } ?? "")unreleased changes" : SiteState.releaseTitle(document)
        let name = change.pullRequest.map { "#\($0)" } ?? "commit \(change.commit.prefix(12))"
        return Diagnostic(
            code, "\(release): the \(what) of \(name) is longer than \(limit) characters; the site shows the start of it", subject: name
        )
    }
}
