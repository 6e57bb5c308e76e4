import Changes
import Testing
import ReleaseNotes
import Versioning
@testable import Site

/// The site's fast notes writer and its documented template, `templates/site/notes.mustache`, write the same Markdown.
@Suite struct LinkedNotesMarkdownTests {
    static let changes = [
        Change(pullRequest: 12, commit: String(repeating: "a", count: 40), title: "Add snapshot listing", kind: .feature, authors: ["@alice"]),
        Change(pullRequest: nil, commit: String(repeating: "b", count: 40), title: "Fix `Vec<T>` <b>parsing</b>", kind: .fix, authors: ["Bob Example"]),
        Change(pullRequest: 14, commit: String(repeating: "c", count: 40), title: "Drop v1 API", kind: .feature, breaking: true,
               note: "The v1 API is gone.\nMove to v2 first.", authors: ["@carol"]),
        Change(pullRequest: 15, commit: String(repeating: "d", count: 40), title: "Fix leak", kind: .fix, authors: ["@dave"], originals: [CherryPickOrigin(pullRequest: 10, foundBy: .title)], cherryPick: true),
        Change(pullRequest: 16, commit: String(repeating: "e", count: 40), title: "Tidy", kind: .other, cherryPick: true),
    ]

    static func document(_ changes: [Change]) -> NotesDocument {
        NotesDocument(range: NotesRange(from: "v1.0.0", to: "v1.1.0", fromCommit: nil, toCommit: "f", reason: "r"), version: SemanticVersion(1, 1, 0), changes: changes)
    }

    @Test(arguments: [nil, "https://github.com/example/storage"] as [String?])
    func writerMatchesTheTemplate(repositoryURL: String?) throws {
        let templates = try SiteTemplates(texts: SiteTemplates.builtIn, origin: "built-in templates")
        let renderer = MarkdownRenderer(templates: try TemplateLibrary.load(folder: nil), links: NotesLinks(repositoryURL: repositoryURL))
        for document in [Self.document(Self.changes), Self.document([])] {
            var context = renderer.templateContext(document)
            context["repositoryURL"] = repositoryURL
            let templated = try templates.render(context, template: "notes")
            let written = LinkedNotesMarkdown(layout: renderer.layout, repositoryURL: repositoryURL).markdown(document)
            #expect(written == templated)
        }
    }

    @Test func referencesLinkToPullRequestsAndCommits() {
        let text = LinkedNotesMarkdown(layout: .standard, repositoryURL: "https://github.com/o/n").markdown(Self.document(Self.changes))
        #expect(text.contains("- Add snapshot listing ([#12](https://github.com/o/n/pull/12), [@alice](https://github.com/alice))\n"))
        #expect(text.contains("([bbbbbbb](https://github.com/o/n/commit/\(String(repeating: "b", count: 40))), Bob Example)"))
        #expect(text.contains("Fix `Vec<T>` \\<b>parsing\\</b>"), "HTML outside code spans is escaped, code spans kept")
        #expect(text.contains("; cherry-pick of #10)"))
        #expect(text.hasPrefix("## Breaking changes and action required\n\n- The v1 API is gone.\n  Move to v2 first. ("))
    }
}
