import Foundation
import SampleRepositories
import Testing
@testable import HeraldCLI
@testable import Site

/// Builds of the scenario's site: determinism, incremental rebuilds, atomic replacement and refusals.
@Suite struct SiteBuildTests {
    /// Builds the scenario's site into `output`.
    static func build(_ repository: ScratchRepository, into output: String, templates: String? = nil) throws -> CommandOutput {
        try SiteAction(repo: repository.path, output: output, baseURL: SiteScenario.baseURL, templates: templates).run()
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        let scratch = SiteFolder.temporary("determinism")
        _ = try Self.build(repository, into: scratch + "/first")
        _ = try Self.build(repository, into: scratch + "/second")
        let first = SiteFolder(path: scratch + "/first").contents
        let second = SiteFolder(path: scratch + "/second").contents
        #expect(first.count > 20)
        #expect(first == second)
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
        #expect(written > 0 && written < 15, "\(third.text)")
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
        let error = #expect(throws: SiteError.self) { try SiteWriter(output: output).write(files) }
        #expect(error?.step == "write site")
        #expect(SiteFolder(path: output).contents == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary folders left: \(leftovers)")
    }

    @Test func aFailingStepNamesItself() throws {
        var texts = SiteTemplates.builtIn
        texts["release.mustache"] = nil
        let templates = try SiteTemplates(texts: texts, origin: "test templates")
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        let scope = try ProjectScope.load(repo: repository.path, config: nil, component: nil, single: false)
        var history = try scope.histories(repo: repository.path)[0]
        let content = SiteContent(title: "t", components: [SiteComponent(name: "server", releases: try history.allNotes())])
        let builder = SiteBuilder(content: content, templates: templates, notes: try scope.renderer(templates: nil))
        let error = #expect(throws: SiteError.self) { try builder.build() }
        #expect(error?.step == "render releases")
        #expect(error?.description.hasPrefix("site step 'render releases': ") == true)
    }

    @Test func publishedNotesWinOverGeneratedOnes() throws {
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        let output = SiteFolder.temporary("published") + "/_site"
        _ = try Self.build(repository, into: output)
        let site = SiteFolder(path: output)
        let page = site.text("components/server/v1.1.1.html")
        #expect(page.contains("Hand-written: <strong>upgrade now</strong>"))
        #expect(page.contains("published from <code>releases/server/v1.1.1.md</code>"))
        #expect(!page.contains("Fix crash on empty volume"), "the generated list is not shown beside the published notes")
        #expect(page.contains("https://github.com/example/storage/blob/v1.1.1/server/volume.go"), "a repository path points at the file at the tag")
        #expect(site.text("search-index.js").contains("Hand-written: upgrade now"), "search finds the published text")
    }

    @Test func refusesToReplaceAFolderItDidNotBuild() throws {
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        let output = SiteFolder.temporary("refuse")
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: output + "/notes.txt"))
        let error = #expect(throws: SiteError.self) { try Self.build(repository, into: output) }
        #expect(error?.problem == .foreignFiles(path: SiteWriter(output: output).output, marker: SiteWriter.marker))
        #expect(SiteFolder(path: output).files == ["notes.txt"])
    }
}
