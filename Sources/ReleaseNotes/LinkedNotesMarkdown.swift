import Changes
import Versioning

/// The change lists of notes as Markdown, each reference linked on the repository's web host: the site's notes.
///
/// It writes exactly what the site's default `notes.mustache` writes, without a template walk per entry,
/// which costs more than libcmark's rendering of the result; a test keeps the two the same.
public struct LinkedNotesMarkdown: Sendable {
    /// The sections changes are grouped into.
    public var layout: SectionLayout
    /// The repository's web address, such as `https://github.com/owner/name`, or nil for plain references.
    public var repositoryURL: String?

    /// Creates a writer.
    public init(layout: SectionLayout, repositoryURL: String?) {
        self.layout = layout
        self.repositoryURL = repositoryURL
    }

    /// The breaking changes, then each section of `document`, or `No changes.`.
    public func markdown(_ document: NotesDocument) -> String {
        var text = ""
        text.reserveCapacity(document.changes.count * 120 + 64)
        if document.changes.isEmpty { text += "No changes.\n\n" }
        for section in sections(of: document) {
            text += "## \(section.title)\n\n"
            for change in section.changes { line(change, release: document.version, into: &text) }
            text += "\n"
        }
        return text
    }

    /// The headed groups the notes list: breaking changes first, then each non-empty section of the layout.
    public func sections(of document: NotesDocument) -> [(title: String, changes: [Change])] {
        var sections: [(title: String, changes: [Change])] = []
        let breaking = document.changes.filter(\.breaking)
        if !breaking.isEmpty { sections.append((layout.breakingTitle, breaking)) }
        let placed = document.changes.map(layout.placement(of:))
        for (index, section) in layout.kinds.enumerated() {
            let entries = document.changes.indices.filter { !document.changes[$0].breaking && placed[$0] == index }.map { document.changes[$0] }
            if !entries.isEmpty { sections.append((section.title, entries)) }
        }
        return sections
    }

    /// One change's list item as `markdown(_:)` writes it, `- text (links)` and a newline.
    public func item(_ change: Change, release: SemanticVersion?) -> String {
        var text = ""
        line(change, release: release, into: &text)
        return text
    }

    /// `- text ([#12](…/pull/12), [@alice](…/alice))` and a newline; without a repository, `- text (#12, @alice)`.
    func line(_ change: Change, release: SemanticVersion?, into text: inout String) {
        let entry = EntryContext(change: change, release: release)
        text += "- "
        text += entry.text
        text += " ("
        if let repositoryURL {
            text += ChangeLinks(repositoryURL: repositoryURL).linkedReference(of: change)
            text += entry.pickDetails
        } else {
            text += entry.reference
        }
        text += ")\n"
    }
}
