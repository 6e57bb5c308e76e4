import Foundation
import Testing
@testable import ReleaseNotes

/// Template errors are cases, and their lines name no herald flag: the command layer adds `--templates`.
@Suite struct ReleaseNotesErrorTests {
    @Test func aMissingTemplatesFolderNamesTheFolderOnly() throws {
        let folder = "/nonexistent/herald-templates-" + UUID().uuidString
        let error = try #require(throws: ReleaseNotesError.self) { try TemplateLibrary(directory: folder) }
        #expect(error == .unreadableTemplatesFolder(path: folder))
        #expect(error.description == "\(folder): cannot read the templates folder")
        #expect(!error.description.contains(" --"))
    }

    @Test func anUnknownTemplateNamesItsFile() throws {
        let library = try TemplateLibrary(texts: ["notes": "x"], origin: "built-in templates")
        let error = try #require(throws: ReleaseNotesError.self) { try library.render([:], template: "missing") }
        #expect(error == .missingTemplate(folder: "built-in templates", name: "missing"))
        #expect(error.description == "built-in templates: no template named missing.mustache")
    }

    @Test func aBrokenTemplateIsASyntaxCase() throws {
        let error = try #require(throws: ReleaseNotesError.self) {
            try TemplateLibrary(texts: ["notes": "## {{heading}\n"], origin: "folder")
        }
        #expect(error == .templateSyntax(location: "folder/notes.mustache:1:13", reason: "a tag is not closed with }}"))
        #expect(error.description == "folder/notes.mustache:1:13: a tag is not closed with }}")
    }
}
