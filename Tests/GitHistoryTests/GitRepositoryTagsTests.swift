import SampleRepositories
import Testing
@testable import GitHistory

/// `GitRepository.tags()` and `resolve(_:suggestions:)` against a real repository.
@Suite struct GitRepositoryTagsTests {
    static let start = ScratchRepository.startOfClock
    static let hour = ScratchRepository.tick

    @Test func tagsArePeeledToCommitsWithTheirTimes() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        let first = try scratch.commit("One")                                      // at start
        try scratch.tag("v1.0.0")                                                  // lightweight: the commit's date
        let second = try scratch.commit("Two")                                     // start + 2h
        try scratch.tag("v1.1.0", annotated: true)                                 // tagger date start + 3h
        try scratch.tag("client/v0.1.0", message: "Client release", at: first)    // tagger date start + 4h
        try scratch.git("tag", "tree-tag", "HEAD^{tree}")
        try scratch.git("tag", "-a", "-m", "a tree", "annotated-tree-tag", "HEAD^{tree}")
        #expect(try scratch.git("for-each-ref", "--format=%(creatordate:unix)", "refs/tags/v1.1.0") == String(Self.start + 3 * Self.hour))

        let tags = try GitRepository(path: scratch.path, launch: .inherited).tags().sorted { $0.name < $1.name }
        // Each commit's root tree comes with it, lightweight and annotated alike.
        let firstTree = try scratch.git("rev-parse", "\(first)^{tree}"), secondTree = try scratch.git("rev-parse", "\(second)^{tree}")
        #expect(firstTree != secondTree)
        #expect(tags == [
            Tag(name: "client/v0.1.0", commit: first, time: Self.start + 4 * Self.hour, isAnnotated: true, tree: firstTree),
            Tag(name: "v1.0.0", commit: first, time: Self.start, isAnnotated: false, tree: firstTree),
            Tag(name: "v1.1.0", commit: second, time: Self.start + 3 * Self.hour, isAnnotated: true, tree: secondTree),
        ])
        #expect(tags.map(\.time) == [1_704_081_600, 1_704_067_200, 1_704_078_000])
    }

    @Test func aTagOfATagIsPeeledToItsCommit() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        let commit = try scratch.commit("One")
        try scratch.tag("v1.0.0-signed-once", annotated: true)
        try scratch.git("-c", "advice.nestedTag=false", "tag", "-a", "-m", "re-tagged", "v1.0.0", "v1.0.0-signed-once")
        let tags = try GitRepository(path: scratch.path, launch: .inherited).tags()
        #expect(tags.map(\.name).sorted() == ["v1.0.0", "v1.0.0-signed-once"])
        #expect(tags.first { $0.name == "v1.0.0" }?.commit == commit)
        #expect(tags.first { $0.name == "v1.0.0" }?.isAnnotated == true)
        // Peeled by a second read, which gives no tree: files at it are read through the commit.
        #expect(tags.first { $0.name == "v1.0.0" }?.tree == nil)
        #expect(tags.first { $0.name == "v1.0.0-signed-once" }?.tree == (try scratch.git("rev-parse", "\(commit)^{tree}")))
    }

    @Test func aRepositoryWithoutTags() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One")
        #expect(try GitRepository(path: scratch.path, launch: .inherited).tags().isEmpty)
    }

    @Test func resolvePeelsTagsBranchesAndAbbreviations() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        let first = try scratch.commit("One")
        try scratch.tag("v1.0.0", annotated: true)
        let second = try scratch.commit("Two")
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        let refs = ["v1.0.0", "main", "HEAD~1", String(second.prefix(10)), first]
        #expect(try repository.resolve(refs) == [first, second, first, second, first])
        #expect(try repository.resolve([]) == [])
    }

    @Test func anUnknownRefSuggestsNearTagNames() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One")
        try scratch.tag("v1.2.0")
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        let error = try #require(throws: GitHistoryError.self) {
            try repository.resolve(["main", "v1.2.1"], suggestions: ["v1.2.0", "v1.1.0", "v0.9.0"])
        }
        guard case .unknownRef("v1.2.1", let nearest, _) = error else {
            Issue.record("not an unknown ref: \(error)")
            return
        }
        #expect(nearest.first == "v1.2.0")
        #expect(error.description.hasPrefix("unknown ref 'v1.2.1': did you mean v1.2.0"), "\(error)")
        #expect(!error.description.contains("v0.9.0"))
        #expect(!error.description.contains("\n"))
    }

    @Test func anUnknownRefWithNothingNear() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One")
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        let far = try #require(throws: GitHistoryError.self) {
            try repository.resolve(["something-else-entirely"], suggestions: ["v1.2.0", "v1.1.0", "v1.0.0", "v0.9.0"])
        }
        #expect(far.description == "unknown ref 'something-else-entirely': no tag, branch or commit has that name; tags include v1.2.0, v1.1.0, v1.0.0")
        let bare = try #require(throws: GitHistoryError.self) { try repository.resolve(["v9.9.9"]) }
        #expect(bare.description == "unknown ref 'v9.9.9': no tag, branch or commit has that name")
        let tree = try #require(throws: GitHistoryError.self) { try repository.resolve(["HEAD^{tree}"]) }
        #expect(tree == .unknownRef(ref: "HEAD^{tree}", nearest: [], known: []))
    }

    @Test(arguments: ["", "-v1.0.0", "--all", "v1.0.0\nmain"])
    func malformedRefsAreRejectedBeforeGitRuns(ref: String) throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One")
        let error = try #require(throws: GitHistoryError.self) {
            try GitRepository(path: scratch.path, launch: .inherited).resolve(["main", ref])
        }
        #expect(error == .invalidRevision(ref))
        #expect(error.description == "ref '\(ref)': not a valid revision name")
    }
}
