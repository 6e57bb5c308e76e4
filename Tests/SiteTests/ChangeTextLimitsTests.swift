import Changes
import Foundation
import ReleaseNotes
import Testing
import Versioning
@testable import Site

/// Long change titles and notes are cut between words, and each cut is reported.
@Suite struct ChangeTextLimitsTests {
    @Test func shortTextIsLeftAlone() {
        #expect(ChangeTextLimits.cut("Fix the lease", limit: 1_000) == nil)
        #expect(ChangeTextLimits.cut(String(repeating: "é", count: 1_000), limit: 1_000) == nil, "characters count, not bytes")
    }

    @Test func longTextIsCutBetweenWords() throws {
        let cut = try #require(ChangeTextLimits.cut(String(repeating: "word ", count: 500), limit: 1_000))
        #expect(cut.count <= 1_001)
        #expect(cut.hasSuffix("word…"))
        let unbroken = try #require(ChangeTextLimits.cut(String(repeating: "x", count: 5_000), limit: 1_000))
        #expect(unbroken == String(repeating: "x", count: 1_000) + "…", "without a space near the limit, the cut falls at the limit")
    }

    @Test func eachCutOfADocumentIsReported() {
        let range = NotesRange(from: "v1.0.0", to: "client/v1.1.0", fromCommit: nil, toCommit: "c", reason: "")
        var document = NotesDocument(component: "client", range: range, version: SemanticVersion(1, 1, 0), changes: [
            Change(pullRequest: 7, commit: "a", title: String(repeating: "long ", count: 1_000)),
            Change(pullRequest: nil, commit: "0123456789abcdef", title: "Short", note: String(repeating: "n", count: 20_000)),
        ])
        let warnings = ChangeTextLimits.cap(&document)
        #expect(warnings.map(\.code) == [.longTitle, .longNote])
        #expect(warnings.first?.message == "client v1.1.0: the title of #7 is longer than 1000 characters; the site shows the start of it")
        #expect(warnings.last?.message.hasPrefix("client v1.1.0: the release note of commit 0123456789ab is longer than 10000") == true)
        #expect(document.changes[0].title.count <= 1_001)
        #expect(document.changes[1].note?.count == 10_001)
    }
}
