import Foundation
import SiteTestSupport
import Testing
@testable import HeraldCLI
@testable import Site

/// Site errors carry the step and a problem case, the writer's are command errors that keep the step in their line;
/// neither names a herald flag: the console adds `--output`.
@Suite struct SiteErrorTests {
    @Test func aFileInTheWayIsACaseWithTheStep() throws {
        let scratch = SiteFolder.temporary("file-in-the-way")
        let output = scratch + "/_site"
        try Data("x\n".utf8).write(to: URL(fileURLWithPath: output))
        let writer = SiteWriter(output: output)
        let error = try #require(throws: HeraldCLIError.self) { try writer.checkReplaceable() }
        #expect(error == .siteOutputIsFile(path: writer.output))
        #expect(error.description == "site step 'write site': \(writer.output): a file is in the way of the output folder; remove it")
    }

    @Test func noWriterMessageNamesAHeraldFlag() throws {
        let scratch = SiteFolder.temporary("no-flags")
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: scratch + "/notes.txt"))
        let foreign = try #require(throws: HeraldCLIError.self) { try SiteWriter(output: scratch).checkReplaceable() }
        #expect(foreign == .siteForeignFiles(path: SiteWriter(output: scratch).output, marker: ".herald-site"))
        let writerErrors: [HeraldCLIError] = [
            .siteOutputIsFile(path: "o"), .siteForeignFiles(path: "o", marker: ".herald-site"), .siteOutputBusy(path: "o"),
            .siteInterrupted(path: "o"),
        ]
        let problems: [SiteError.Problem] = [.missingTemplate(path: "t/x.mustache"), .unreadableTemplate(path: "t/x.mustache")]
        let lines = ([foreign] + writerErrors).map(\.description) + problems.map { SiteError(step: "write site", $0).description }
        for line in lines {
            #expect(!line.contains(" --"), "\(line)")
        }
        #expect(SiteError(.inPage(path: "feed.xml", problem: .missingTemplate(path: "t/feed.mustache"))).description
            == "feed.xml: t/feed.mustache: no such template; the site needs it")
    }
}
