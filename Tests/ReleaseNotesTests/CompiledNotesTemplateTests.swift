import Changes
import Foundation
import Testing
import Versioning
@testable import ReleaseNotes

/// The built-in notes templates render compiled, byte for byte as swift-mustache renders them, in every style.
@Suite struct CompiledNotesTemplateTests {
    /// Every fixture document of these tests, the full one with and without its published notes.
    static func documents() throws -> [NotesDocument] {
        var full = try NotesDocumentTests.fullDocument()
        var unpublished = full
        unpublished.publishedNotes = nil
        unpublished.notesFile = nil
        full.changes[0].note = nil
        return [TemplateLibraryTests.document, full, unpublished] + ReleaseComparisonTests.releases + ShipmentIndexTests.documents
    }

    @Test(arguments: NotesStyle.allCases) func everyBuiltInTemplateCompiles(_ style: NotesStyle) throws {
        let library = try TemplateLibrary.load(folder: nil, style: style)
        #expect(Set(library.compiled.keys) == Set(style.templates.keys))
    }

    @Test(arguments: NotesStyle.allCases) func notesDraftsAndChangelogsAreWhatMustacheRenders(_ style: NotesStyle) throws {
        let origin = "built-in templates"
        let mustache = try TemplateLibrary(texts: style.templates, origin: origin, compiling: false)
        let compiled = try TemplateLibrary(texts: style.templates, origin: origin)
        let links = NotesLinks(repositoryURL: "https://github.com/owner/repo", documentationURL: "https://example.com/docs")
        let documents = try Self.documents()
        for linked in [NotesLinks(), links] {
            let slow = MarkdownRenderer(templates: mustache, links: linked)
            let fast = MarkdownRenderer(templates: compiled, links: linked)
            for (index, document) in documents.enumerated() {
                #expect(try fast.notes(document) == slow.notes(document), "\(style) notes \(index)")
                #expect(try fast.draft(document) == slow.draft(document), "\(style) draft \(index)")
                #expect(try fast.section(document) == slow.section(document), "\(style) section \(index)")
                // The compiled path renders these itself rather than falling back.
                let context = NotesContext(document: document, layout: .standard, links: linked).dictionary
                #expect(compiled.compiled["notes"]?.render(context, library: compiled.compiled, escape: { $0 }) != nil, "\(style) \(index)")
            }
            #expect(try fast.changelog(documents, title: "Changelog") == slow.changelog(documents, title: "Changelog"), "\(style)")
            #expect(try fast.changelog([], title: "Changelog") == slow.changelog([], title: "Changelog"), "\(style), no releases")
        }
    }

    @Test func aFolderTemplateAndTheTemplatesIncludingItRenderThroughMustache() throws {
        var texts = NotesStyle.standard.templates
        texts["release"] = "{{% CONTENT_TYPE: TEXT}}\n{{! a comment }}{{versionNumber}}\n"
        let library = try TemplateLibrary(texts: texts, origin: "folder", overridden: ["release"])
        #expect(library.compiled["release"] == nil)
        #expect(library.compiled["notes"] == nil && library.compiled["changelog"] == nil, "both include release")
        #expect(try MarkdownRenderer(templates: library).section(TemplateLibraryTests.document) == "1.1.0\n")
    }
}
