import Foundation
import Testing
@testable import Site

/// Site errors carry the step and a problem case; the writer's lines name no herald flag, the command layer adds `--output`.
@Suite struct SiteErrorTests {
    @Test func aFileInTheWayIsACaseWithTheStep() throws {
        let scratch = SiteFolder.temporary("file-in-the-way")
        let output = scratch + "/_site"
        try Data("x\n".utf8).write(to: URL(fileURLWithPath: output))
        let writer = SiteWriter(output: output)
        let error = try #require(throws: SiteError.self) { try writer.checkReplaceable() }
        #expect(error == SiteError(step: "write site", .outputIsFile(path: writer.output)))
        #expect(error.description == "site step 'write site': \(writer.output): a file is in the way of the output folder; remove it")
    }

    @Test func noWriterMessageNamesAHeraldFlag() throws {
        let scratch = SiteFolder.temporary("no-flags")
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: scratch + "/notes.txt"))
        let foreign = try #require(throws: SiteError.self) { try SiteWriter(output: scratch).checkReplaceable() }
        #expect(foreign.problem == .foreignFiles(path: SiteWriter(output: scratch).output, marker: ".herald-site"))
        let problems: [SiteError.Problem] = [
            .outputIsFile(path: "o"), .foreignFiles(path: "o", marker: ".herald-site"), .outputBusy(path: "o"),
            .interrupted(path: "o"), .missingTemplate(path: "t/x.mustache"), .unreadableTemplate(path: "t/x.mustache"),
        ]
        for error in [foreign] + problems.map({ SiteError(step: "write site", $0) }) {
            #expect(!error.description.contains(" --"), "\(error)")
        }
        #expect(SiteError(.inPage(path: "feed.xml", problem: .missingTemplate(path: "t/feed.mustache"))).description
            == "feed.xml: t/feed.mustache: no such template; the site needs it")
    }
}
