import Changes
import HeraldSupport
import Testing
import Versioning
@testable import ReleaseNotes

/// Where each change shipped: the first release of each line, within a release's window.
@Suite struct ShipmentIndexTests {
    static func release(_ version: String, at time: Int, _ changes: [Change]) -> NotesDocument {
        NotesDocument(
            range: NotesRange(from: nil, to: version, fromCommit: nil, toCommit: "c", reason: ""),
            version: SemanticVersion(parsing: version), date: UTCDate(secondsSince1970: time), changes: changes
        )
    }

    static func pick(_ number: Int, of original: Int) -> Change {
        Change(pullRequest: number, commit: "p\(number)", title: "Fix", originals: [CherryPickOrigin(pullRequest: original, foundBy: .title)], cherryPick: true)
    }

    static let fix = Change(pullRequest: 10, commit: "f", title: "Fix")
    static let documents = [
        release("v1.1.1", at: 100, [pick(20, of: 10)]),
        release("v1.1.2", at: 150, [pick(21, of: 10)]),
        release("v1.0.1", at: 200, [pick(22, of: 10)]),
        release("v1.2.0-rc.1", at: 250, [fix]),
        release("v1.2.0", at: 300, [fix]),
    ]

    @Test func theFirstReleaseOfEachLineNewestFirstPreReleasesLeftOut() {
        let index = ShipmentIndex(Self.documents)
        #expect(index.shippedIn(Self.fix, after: nil, through: nil).map(\.tagName) == ["v1.2.0", "v1.1.1", "v1.0.1"])
        #expect(index.shippedIn(Self.pick(21, of: 10), after: nil, through: nil).map(\.tagName) == ["v1.2.0", "v1.1.1", "v1.0.1"],
                "a pick stands for its original")
        #expect(index.shippedIn(Self.fix, after: 120, through: 250).map(\.tagName) == ["v1.1.2", "v1.0.1"], "only the window counts")
    }

    @Test func markingUsesEachDocumentsOwnWindow() throws {
        var v120 = Self.documents[4]
        v120.range.from = "v1.1.0"
        var marked = [v120]
        ShipmentIndex(Self.documents).mark(&marked, baseTimes: ["v1.1.0": 120])
        #expect(marked[0].changes[0].shippedIn.map(\.tagName) == ["v1.2.0", "v1.1.2", "v1.0.1"])
        #expect(try #require(ShipmentIndex(Self.documents).firstShipment(of: Self.fix, onLine: (1, 1))).carrier == 20)
    }
}
