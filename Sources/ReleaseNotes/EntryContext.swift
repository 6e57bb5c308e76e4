import Changes
import Versioning
import Mustache

/// One change as templates see it; values are made only when a template asks for them.
///
/// A changelog has tens of thousands of entries, so they are not built as dictionaries.
struct EntryContext: MustacheParent {
    /// The change.
    let change: Change
    /// Whether entries carry the invisible markers editable drafts are merged by.
    var marked = false
    /// The version of the notes the entry is in, which "also in" leaves out.
    var release: SemanticVersion?
    /// The repository's web addresses, when it is known.
    var links: ChangeLinks?

    /// Creates the context of `change` in the notes of `release`.
    init(change: Change, marked: Bool = false, release: SemanticVersion? = nil, links: ChangeLinks? = nil) {
        self.change = change
        self.marked = marked
        self.release = release
        self.links = links
    }

    func child(named name: String) -> Any? {
        switch name {
        case "line": return "\(text) (\(links.map { $0.linkedReference(of: change) + pickDetails } ?? reference))"
        case "marker": return marked ? DraftMarker.comment(for: DraftMarker.key(for: change)) : nil
        case "text": return text
        case "reference": return reference
        case "identifier": return identifier
        case "details": return details
        case "pickDetails": return pickDetails
        case "title": return change.title
        case "kind": return change.kind.rawValue
        case "note": return change.note
        case "pullRequest": return change.pullRequest
        case "commit": return change.commit
        case "shortCommit": return String(change.commit.prefix(7))
        case "breaking": return change.breaking
        case "url": return links?.url(of: change)
        case "linkedReference": return links?.linkedReference(of: change) ?? plainReference
        case "authors": return change.authors.map { author -> [String: Any] in
            var entry: [String: Any] = ["name": author]
            entry["url"] = links?.profileURL(of: author)
            return entry
        }
        default: return nil
        }
    }

    /// The note, else the title; HTML-like text is escaped and continuation lines are indented so the text stays inside its list item.
    var text: String {
        // Titles and notes are plain text from pull requests: `<img …>` must read as written, never run as HTML.
        let raw = MarkdownText.escapingHTML(change.note ?? change.title)
        guard raw.utf8.contains(0x0A) else { return raw }
        return raw.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
    }

    /// `#12, @alice; cherry-pick of #10`, or the short commit and author name for a direct commit; logins carry their `@`.
    var reference: String { identifier + details }

    /// `#12`, or the short commit of a direct commit.
    var identifier: String { change.reference }

    /// `#12, @alice`: the identifier and authors alone, for a reference without links.
    var plainReference: String {
        ([identifier] + change.authors.map(MarkdownText.escapingHTML)).joined(separator: ", ")
    }

    /// What follows the identifier in a reference: `, @alice; cherry-pick of #10`.
    var details: String {
        var suffix = ""
        for author in change.authors {
            suffix += ", \(MarkdownText.escapingHTML(author))"
        }
        return suffix + pickDetails
    }

    /// What follows the authors in a reference: `; cherry-pick of #10; also in v1.2.1`.
    var pickDetails: String {
        var suffix = ""
        if !change.cherryPickOf.isEmpty {
            suffix += "; cherry-pick of " + change.cherryPickOf.map { "#\($0)" }.joined(separator: ", ")
        } else if change.cherryPick {
            suffix += "; cherry-pick"
        }
        let elsewhere = change.shippedIn.filter { $0 != release }
        if !elsewhere.isEmpty {
            suffix += "; also in " + elsewhere.map(\.tagName).joined(separator: ", ")
        }
        return suffix
    }
}
