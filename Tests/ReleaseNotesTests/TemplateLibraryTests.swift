import Changes
import Foundation
import HeraldSupport
import Versioning
import NotesTemplates
import Testing
@testable import ReleaseNotes

@Suite struct TemplateLibraryTests {
    static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../templates").standardized

    static let document = NotesDocument(
        range: NotesRange(from: "v1.0.0", to: "v1.1.0", fromCommit: "a", toCommit: "b", reason: "base v1.0.0: previous minor release"),
        version: SemanticVersion(1, 1, 0), date: UTCDate(secondsSince1970: 1_709_294_400),
        changes: [
            Change(pullRequest: 12, commit: "1234567890", title: "Add <b>bold</b> & flags", kind: .feature, authors: ["@alice"]),
            Change(pullRequest: 13, commit: "2345678901", title: "Fix crash", kind: .fix, note: "Line one.\nLine two.", authors: ["Bob Example"], originals: [CherryPickOrigin(pullRequest: 9, foundBy: .title)], cherryPick: true),
        ]
    )

    /// Every file in `templates/` is built in under its own name; Package.swift and `BuiltInNotesTemplates` list them by hand.
    @Test func everyTemplateFileIsBuiltInUnderItsName() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.templatesFolder.path).filter { $0.hasSuffix(".mustache") }
        #expect(Set(files.map { String($0.dropLast(".mustache".count)) }) == Set(BuiltInNotesTemplates.byName.keys))
        for file in files {
            let text = try String(contentsOf: Self.templatesFolder.appendingPathComponent(file), encoding: .utf8)
            #expect(BuiltInNotesTemplates.byName[String(file.dropLast(".mustache".count))] == text, "\(file) is built in under another name")
        }
    }

    @Test func titlesStayTextAndNotesStayInTheirListItem() throws {
        let markdown = try MarkdownRenderer(templates: TemplateLibrary.load(folder: nil)).notes(Self.document)
        // A title is plain text: its `<` is backslash-escaped so no renderer reads it as HTML; nothing else changes.
        #expect(markdown.contains("- Add \\<b>bold\\</b> & flags (#12, @alice)"))
        #expect(markdown.contains("- Line one.\n  Line two. (#13, Bob Example; cherry-pick of #9)"))
        #expect(markdown.hasPrefix("## v1.1.0 (2024-03-01)\n"))
    }

    @Test func aFolderMayOverrideOneTemplate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herald-templates-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{% CONTENT_TYPE: TEXT}}\nRelease {{heading}}\n{{#sections}}{{#entries}}* {{title}}\n{{/entries}}{{/sections}}"
            .write(to: folder.appendingPathComponent("release.mustache"), atomically: true, encoding: .utf8)
        let markdown = try MarkdownRenderer(templates: TemplateLibrary(directory: folder.path)).notes(Self.document)
        #expect(markdown.hasPrefix("Release v1.1.0 (2024-03-01)\n* Add <b>bold</b> & flags\n* Fix crash\n"))
    }

    @Test func aBrokenTemplateNamesItsFileLineAndColumn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herald-templates-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "line one\n## {{heading}\n".write(to: folder.appendingPathComponent("notes.mustache"), atomically: true, encoding: .utf8)
        #expect {
            try TemplateLibrary(directory: folder.path)
        } throws: { error in
            let message = (error as? ReleaseNotesError)?.description ?? ""
            return message.hasSuffix("notes.mustache:2:13: a tag is not closed with }}")
        }
    }
}
