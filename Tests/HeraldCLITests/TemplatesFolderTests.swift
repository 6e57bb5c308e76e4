import Foundation
import Testing

/// The built `herald` reads its templates from `--templates`, else `HERALD_TEMPLATES`, else its built-in ones.
@Suite struct TemplatesFolderTests {
    /// A templates folder whose release template starts with `marker`.
    static func folder(_ marker: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herald-templates-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("{{% CONTENT_TYPE: TEXT}}\n\(marker) {{heading}}\n".utf8).write(to: folder.appendingPathComponent("release.mustache"))
        return folder
    }

    /// The notes of the sample's v1.1.0 with `arguments` added and `HERALD_TEMPLATES` set to `variable`.
    static func notes(_ arguments: [String], variable: String) throws -> String {
        let repo = try HeraldExecutableTests.sample()
        defer { repo.remove() }
        let result = try HeraldExecutableTests.run(
            executable: HeraldExecutableTests.binary,
            arguments: ["notes", "--repo", repo.path, "--to", "v1.1.0"] + arguments,
            environment: ["HERALD_TEMPLATES": variable]
        )
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func theVariableChoosesTheFolderAndTheOptionWins() throws {
        let variable = try Self.folder("From the variable:"), option = try Self.folder("From the option:")
        defer {
            try? FileManager.default.removeItem(at: variable)
            try? FileManager.default.removeItem(at: option)
        }
        #expect(try Self.notes([], variable: variable.path).hasPrefix("From the variable: v1.1.0"))
        #expect(try Self.notes(["--templates", option.path], variable: variable.path).hasPrefix("From the option: v1.1.0"))
    }

    @Test func withNeitherTheBuiltInTemplatesRender() throws {
        let text = try Self.notes([], variable: "")
        #expect(text.hasPrefix("## v1.1.0 ("))
        #expect(text.contains("- Add the controller (#1, Alice Example)"))
    }
}
