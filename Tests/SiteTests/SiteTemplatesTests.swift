import Foundation
import Testing
@testable import Site

/// The built-in site templates are the files in `templates/site/`, and a folder can replace any one of them.
@Suite struct SiteTemplatesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../templates/site").standardized

    /// Package.swift and `BuiltInSiteFiles` list the files by hand, so a new file or a crossed name shows here.
    @Test func everyFileIsBuiltInUnderItsName() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(Set(files) == Set(SiteTemplates.builtIn.keys), "list a new file in Package.swift and BuiltInSiteFiles")
        for file in files {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
            #expect(SiteTemplates.builtIn[file] == text, "\(file) is built in under another name")
        }
    }

    @Test func aFolderReplacesOneFileAndKeepsTheRest() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herald-site-templates-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("body { color: red; }\n".utf8).write(to: folder.appendingPathComponent("herald.css"))
        try Data("{{% CONTENT_TYPE: TEXT}}\nNotes of {{version}}.\n".utf8).write(to: folder.appendingPathComponent("notes.mustache"))
        let templates = try SiteTemplates(directory: folder.path)
        #expect(templates.assets["herald.css"] == "body { color: red; }\n")
        #expect(templates.assets["herald.js"] == SiteTemplates.builtIn["herald.js"])
        #expect(templates.overridden == ["herald.css", "notes.mustache"])
        #expect(try templates.render(["version": "v1.0.0"], template: "notes") == "Notes of v1.0.0.\n")
    }

    @Test func aBrokenTemplateNamesItsFileLineAndColumn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herald-site-templates-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("<h1>{{title}</h1>\n".utf8).write(to: folder.appendingPathComponent("release.mustache"))
        let error = #expect(throws: SiteError.self) { try SiteTemplates(directory: folder.path) }
        guard case .templates(.templateSyntax(let location, _))? = error?.problem else {
            Issue.record("not a template syntax error: \(String(describing: error))")
            return
        }
        #expect(location.hasPrefix(folder.path + "/release.mustache:1:"))
    }
}
