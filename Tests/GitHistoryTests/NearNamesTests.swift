import Testing
@testable import GitHistory

/// "Did you mean" candidates: small edit distances, closest first, ties by name.
@Suite struct NearNamesTests {
    static let tags = ["v1.0.0", "v1.1.0", "v1.2.0", "v1.2.1", "v2.0.0", "v2.0.0-rc1", "client/v1.2.0"]

    @Test(arguments: [
        ("v1.2.2", ["v1.2.0", "v1.2.1", "v1.0.0"]),
        ("v1.2.0", ["v1.2.0", "v1.0.0", "v1.1.0"]),
        ("1.2.0", ["v1.2.0", "v1.0.0", "v1.1.0"]),
        ("v2.0.0rc1", ["v2.0.0-rc1", "v2.0.0"]),
        ("v2.0.0-rc2", ["v2.0.0-rc1"]),
        ("client/v1.2", ["client/v1.2.0"]),
        ("v9.9.9", []),
        ("main", []),
        ("", []),
    ] as [(String, [String])])
    func nearestTags(name: String, expected: [String]) {
        #expect(NearNames(candidates: Self.tags).nearest(to: name) == expected)
    }

    @Test(arguments: [
        ("mian", ["main"]),
        ("maim", ["main", "maint"]),
        ("relase-1.2", ["release-1.2", "release-1.0"]),
        ("release-1.3", ["release-1.0", "release-1.2"]),
        ("develop", []),
    ] as [(String, [String])])
    func nearestBranches(name: String, expected: [String]) {
        let branches = ["main", "maint", "master", "release-1.0", "release-1.2"]
        #expect(NearNames(candidates: branches).nearest(to: name) == expected)
    }

    @Test func limitAndEmptyCandidates() {
        #expect(NearNames(candidates: Self.tags).nearest(to: "v1.2.2", limit: 1) == ["v1.2.0"])
        #expect(NearNames(candidates: Self.tags).nearest(to: "v1.2.2", limit: 0) == [])
        #expect(NearNames(candidates: []).nearest(to: "v1.0.0") == [])
    }

    @Test func longNamesAllowMoreEdits() {
        // A third of the length: twelve characters allow four edits, short names only two.
        let long = NearNames(candidates: ["release-2024"])
        #expect(long.nearest(to: "relase-2023x") == ["release-2024"])
        #expect(NearNames(candidates: ["abcd"]).nearest(to: "wxcd") == ["abcd"])
        #expect(NearNames(candidates: ["abcd"]).nearest(to: "wxyd") == [])
    }

    @Test(arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("abc", "abc", 0),
        ("kitten", "sitting", 3), ("flaw", "lawn", 2), ("v1.2.0", "v1.2.1", 1), ("ab", "ba", 2),
    ] as [(String, String, Int)])
    func levenshteinDistance(a: String, b: String, distance: Int) {
        #expect(NearNames.distance(Array(a.utf8), Array(b.utf8)) == distance)
        #expect(NearNames.distance(Array(b.utf8), Array(a.utf8)) == distance)
    }
}
