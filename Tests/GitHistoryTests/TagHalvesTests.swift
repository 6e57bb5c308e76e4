import SampleRepositories
import Testing
@testable import GitHistory

/// `tags()` reads `refs/tags` in two halves at once: every tag is in exactly one, whatever its name ends with and
/// however deep it lies, packed or loose.
@Suite struct TagHalvesTests {
    static let names = [
        "v1.0.0", "v1.0.1", "v1.0.2", "v1.0.3", "v1.0.4", "v1.0.5", "v1.0.6", "v1.0.7", "v1.0.8", "v1.0.9",
        "v2.0.0-rc1", "v2.0.0-rc.2", "v2.0.0-beta", "release-1.10", "client/v0.1.0", "client/v0.1.1", "a/b/c/deep-8",
        "a/b/c/deep-x", "with_underscore_", "caf\u{E9}", "ends-with-\u{1F680}", "UPPER", "0", "9",
    ]

    @Test(arguments: [false, true])
    func everyTagIsReadOnce(packed: Bool) throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One")
        for (index, name) in Self.names.enumerated() {
            try scratch.tag(name, annotated: index.isMultiple(of: 3))
        }
        if packed { try scratch.git("pack-refs", "--all") }
        let tags = try GitRepository(path: scratch.path, launch: .inherited).tags()
        #expect(tags.map(\.name) == Self.names.sorted())
    }

    /// Each half matches on its own what the other leaves, with git's own matching.
    @Test func theHalvesSplitTheTagsWithoutOverlap() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One")
        for name in Self.names { try scratch.tag(name) }
        let halves = try GitRepository.tagHalves.map { patterns in
            try scratch.git(["for-each-ref", "--format=%(refname:strip=2)"] + patterns).split(separator: "\n").map(String.init)
        }
        #expect(Set(halves[0]).isDisjoint(with: halves[1]))
        #expect((halves[0] + halves[1]).sorted() == Self.names.sorted())
        #expect(!halves[0].isEmpty && !halves[1].isEmpty)
    }
}
