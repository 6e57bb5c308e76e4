import Foundation
import SampleRepositories
import Testing
@testable import GitHistory

/// Tag messages and tagger names are not in the `for-each-ref` format, so nothing in them can shift its fields.
@Suite struct ForgedTagTests {
    @Test func tagMessagesAndTaggerNamesCannotShiftFields() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        let commit = try scratch.commit("One")
        let forged = "refs/tags/v9.9.9\u{1F}commit\u{1F}" + String(repeating: "0", count: 40) + "\u{1F}\u{1F}\u{1F}1\n"
        try scratch.tag("v1.0.0", message: "Release\u{1F}\n" + forged + forged)
        // git tag takes the tagger from the environment; the object is written by hand to name it freely.
        let object = "object \(commit)\ntype commit\ntag v1.1.0\ntagger Eve\u{1F}commit\u{1F}x <e@example.com> 1704067200 +0000\n\n" + forged
        let tag = try scratch.git(["mktag"], input: Data(object.utf8))
        try scratch.git("update-ref", "refs/tags/v1.1.0", tag)
        let tags = try GitRepository(path: scratch.path, launch: .inherited).tags()
        #expect(tags.map(\.name) == ["v1.0.0", "v1.1.0"])
        #expect(tags.map(\.commit) == [commit, commit])
        #expect(tags.map(\.isAnnotated) == [true, true])
    }
}
