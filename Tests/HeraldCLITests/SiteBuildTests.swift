import Foundation
import SampleRepositories
import Site
import SiteTestSupport
import Testing
@testable import HeraldCLI

/// Builds of the scenario's site through `herald site`'s action: incremental rebuilds, atomic replacement and refusals.
@Suite struct SiteBuildTests {
    /// Builds the scenario's site into `output`.
    static func build(_ repository: ScratchRepository, into output: String, templates: String? = nil) throws -> CommandOutput {
        try SiteAction(repo: repository.path, output: output, baseURL: SiteScenario.baseURL, templates: templates).run()
    }

    @Test func aRebuildWritesOnlyWhatChanged() throws {
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        let output = SiteFolder.temporary("incremental") + "/_site"
        let first = try Self.build(repository, into: output)
        let total = SiteFolder(path: output).files.count - 1
        #expect(first.text.hasPrefix("site: \(total) files in \(output), \(total) written, 0 unchanged"))
        let before = try FileManager.default.attributesOfItem(atPath: output + "/components/server/v1.0.0.html")[.systemNumber]

        let again = try Self.build(repository, into: output)
        #expect(again.text.hasPrefix("site: \(total) files in \(output), 0 written, \(total) unchanged"))
        let after = try FileManager.default.attributesOfItem(atPath: output + "/components/server/v1.0.0.html")[.systemNumber]
        #expect(before as? Int == after as? Int, "an unchanged page keeps its file")

        // A new client release touches its own pages, the lists and feeds, and search; not the server's release pages.
        try repository.commit("Add client timeouts", files: ["client/timeout.go": "t\n"])
        try repository.tag("client/v1.2.0")
        let third = try Self.build(repository, into: output)
        let written = Int(third.text.split(separator: ",")[1].split(separator: " ")[0]) ?? -1
        #expect(written > 0 && written < 20, "\(third.text)")
        #expect(try FileManager.default.attributesOfItem(atPath: output + "/components/server/v1.0.0.html")[.systemNumber] as? Int == after as? Int)
        #expect(FileManager.default.fileExists(atPath: output + "/components/client/v1.2.0.html"))
    }

    @Test func aFailedBuildKeepsThePreviousSite() throws {
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        let scratch = SiteFolder.temporary("atomic")
        let output = scratch + "/_site"
        _ = try Self.build(repository, into: output)
        let before = SiteFolder(path: output).contents

        // A template error stops the build before anything is written.
        let templates = scratch + "/templates"
        try FileManager.default.createDirectory(atPath: templates + "/site", withIntermediateDirectories: true)
        try Data("{{#releases}}unclosed\n".utf8).write(to: URL(fileURLWithPath: templates + "/site/release.mustache"))
        #expect(throws: SiteError.self) { try Self.build(repository, into: output, templates: templates) }
        #expect(SiteFolder(path: output).contents == before)

        // A failure while writing, half-way through the files, leaves the old site and no temporary folder.
        var files = before
        files["zz-conflict"] = Data("a file\n".utf8)
        files["zz-conflict/page.html"] = Data("a page under that file\n".utf8)
        let error = #expect(throws: HeraldCLIError.self) { try SiteWriter(output: output).write(files) }
        #expect(error?.description.hasPrefix("site step 'write site': ") == true)
        #expect(SiteFolder(path: output).contents == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary folders left: \(leftovers)")
    }

    @Test func refusesToReplaceAFolderItDidNotBuild() throws {
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        let output = SiteFolder.temporary("refuse")
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: output + "/notes.txt"))
        let error = #expect(throws: HeraldCLIError.self) { try Self.build(repository, into: output) }
        #expect(error == .siteForeignFiles(path: SiteWriter(output: output).output, marker: SiteWriter.marker))
        #expect(SiteFolder(path: output).files == ["notes.txt"])
    }
}
