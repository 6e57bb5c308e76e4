import Foundation
import SampleRepositories
import SiteTestSupport
import Testing

/// The site of the scenario repository, compared file by file with `Scenarios/site-tree/`.
///
/// `RECORD_GOLDEN=1 swift test` rewrites the tree instead; review the diff before committing it.
@Suite struct SiteGoldenTreeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scenarios/site-tree")
    static let recording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"

    /// Theme files are copies of the templates, checked by the template tests; the marker says nothing.
    static func compared(_ file: String) -> Bool {
        !file.hasPrefix("assets/") && file != ".herald-site"
    }

    @Test func siteMatchesTheGoldenTree() throws {
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        let output = SiteFolder.temporary("golden") + "/_site"
        _ = try LibrarySite.build(repo: repository.path, output: output, baseURL: SiteScenario.baseURL)
        let site = SiteFolder(path: output)
        let files = site.files.filter(Self.compared)
        let listing = files.joined(separator: "\n") + "\n"
        if Self.recording {
            try? FileManager.default.removeItem(at: Self.folder)
            for file in files {
                let target = Self.folder.appendingPathComponent(file)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try site.data(file).write(to: target)
            }
            try Data(listing.utf8).write(to: Self.folder.appendingPathComponent("FILES.txt"))
            return
        }
        let expectedListing = FileManager.default.contents(atPath: Self.folder.appendingPathComponent("FILES.txt").path)
        #expect(listing == String(decoding: expectedListing ?? Data(), as: UTF8.self), "the site's files differ from FILES.txt")
        for file in files {
            guard let expected = FileManager.default.contents(atPath: Self.folder.appendingPathComponent(file).path) else {
                Issue.record("missing site-tree/\(file); run RECORD_GOLDEN=1 swift test and review it")
                continue
            }
            #expect(site.text(file) == String(decoding: expected, as: UTF8.self), "site-tree/\(file)")
        }
    }
}
