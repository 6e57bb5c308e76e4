import ReleaseNotes
import Testing
import Versioning
@testable import Site

/// "Older" and "Newer" follow a release's own line, and "Latest" names the component's newest stable release.
@Suite struct ReleaseNeighboursTests {
    static func document(_ version: String) -> NotesDocument {
        NotesDocument(range: NotesRange(from: nil, to: version, fromCommit: nil, toCommit: "c", reason: "r"), version: SemanticVersion(parsing: version), changes: [])
    }

    @Test func neighboursFollowTheReleasesOwnLine() {
        // Newest first, as components list them: v3.7.0-alpha.0 came after v3.6.14 but is not its newer release.
        let releases = ["v3.7.0-alpha.0", "v3.6.14", "v3.6.13", "v3.5.20", "v3.6.0"].map(Self.document)
        let order = ReleaseOrder(releases)
        let around = order.neighbours(of: Self.document("v3.6.14"))
        #expect(around.older?.version?.tagName == "v3.6.13")
        #expect(around.newer == nil, "no v3.6.15 yet: the alpha of another line is not newer on this one")
        #expect(around.latest == nil, "v3.6.14 is the latest stable release itself")
        let first = order.neighbours(of: Self.document("v3.6.0"))
        #expect(first.older?.version?.tagName == "v3.5.20", "the line's first release follows the newest of the older lines")
        #expect(first.newer?.version?.tagName == "v3.6.13")
        #expect(first.latest?.version?.tagName == "v3.6.14")
    }
}
