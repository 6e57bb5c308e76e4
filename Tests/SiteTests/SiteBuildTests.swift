import Foundation
import SampleRepositories
import SiteTestSupport
import Testing
@testable import Site

/// Builds of the scenario's site: determinism, published notes over generated ones, and a failing step's name.
@Suite struct SiteBuildTests {
    /// Builds the scenario's site into `output`.
    static func build(_ repository: ScratchRepository, into output: String, templates: String? = nil) throws -> LibrarySite {
        try LibrarySite.build(repo: repository.path, output: output, baseURL: SiteScenario.baseURL, templates: templates)
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

    @Test func aFailingStepNamesItself() throws {
        var texts = SiteTemplates.builtIn
        texts["release.mustache"] = nil
        let templates = try SiteTemplates(texts: texts, origin: "test templates")
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        let scope = try LibraryProject.load(repo: repository.path)
        var history = try scope.histories()[0]
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
        #expect(site.searchIndexText.contains("Hand-written: upgrade now"), "search finds the published text")
    }

}
