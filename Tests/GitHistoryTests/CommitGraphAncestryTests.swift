import SampleRepositories
import Testing
@testable import GitHistory

/// The parents-only graph and `reachable(_:from:notFrom:)` agree with `git merge-base --is-ancestor` and `git log BASE..TIP`.
@Suite struct CommitGraphAncestryTests {
    @Test func parentsOnlyGraphHoldsTheSameCommitsAndLinksAsTheFullOne() throws {
        let scratch = try CommitGraphGitTests.buildHistory()
        defer { scratch.remove() }
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        let tips = ["main", "release-1.0", "topic", "old-root"]
        let full = try repository.graph(include: tips)
        let parents = try repository.ancestryGraph(include: tips)
        #expect(parents.count == full.count)
        #expect(parents.rejectedRecords == 0)
        for commit in full.commits {
            #expect(parents.commit(named: commit.sha)?.parents == commit.parents)
        }
    }

    @Test func reachableMatchesGit() throws {
        let scratch = try CommitGraphGitTests.buildHistory()
        defer { scratch.remove() }
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        let names = ["v0.1.0", "v1.0.0", "v1.0.1", "v1.1.0", "topic", "old-root", "main"]
        let shas = try repository.resolve(names)
        let graph = try repository.ancestryGraph(include: shas)
        for (tipName, tip) in zip(names, shas) {
            for (baseName, base) in zip(names, shas) {
                let range = Set(try scratch.git("rev-list", tip, "^" + base).split(separator: "\n").map(String.init))
                let expected = Set(shas.filter(range.contains))
                #expect(graph.reachable(shas, from: tip, notFrom: [base]) == expected, "\(baseName)..\(tipName)")
            }
        }
    }

    @Test func aGraphOfOneRangeAnswersForThatRange() throws {
        let scratch = try CommitGraphGitTests.buildHistory()
        defer { scratch.remove() }
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        let shas = try repository.resolve(["v1.1.0", "v1.0.0", "v1.0.1", "v0.1.0"])
        // v1.0.1 was merged back into main; the graph of v1.0.0..v1.1.0 lacks v1.0.0 itself, which excludes nothing.
        let range = try repository.ancestryGraph(include: [shas[0]], exclude: [shas[1]])
        #expect(range.reachable(shas, from: shas[0], notFrom: [shas[1]]) == [shas[0], shas[2]])
        #expect(range.reachable(shas, from: "unknown", notFrom: []) == [])
    }
}

extension CommitGraphAncestryTests {
    /// The names every whole-graph test asks about, with the history they name.
    static let wholeNames = ["v0.1.0", "v1.0.0", "v1.0.1", "v1.1.0", "topic", "old-root", "main", "release-1.0"]

    /// Runs `check` with the scratch history, its graph of `wholeNames` and their object names.
    static func withWholeGraph(_ check: (ScratchRepository, CommitGraph, [String]) throws -> Void) throws {
        let scratch = try CommitGraphGitTests.buildHistory()
        defer { scratch.remove() }
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        let shas = try repository.resolve(wholeNames)
        try check(scratch, try repository.graph(include: shas), shas)
    }

    @Test func commitsReachableFromTipsAndNotFromStopsMatchGitLog() throws {
        try Self.withWholeGraph { scratch, graph, shas in
            for (stopName, stop) in zip(Self.wholeNames, shas) {
                let tips = shas.filter { $0 != stop }
                let expected = Set(try scratch.git(["rev-list"] + tips + ["^" + stop]).split(separator: "\n").map(String.init))
                #expect(Set(graph.commits(reachableFrom: tips, notFrom: [stop]).map(\.sha)) == expected, "all ^\(stopName)")
            }
        }
    }
}

extension CommitGraphAncestryTests {
    @Test func descendantsMatchGitAncestry() throws {
        try Self.withWholeGraph { scratch, graph, shas in
            for (name, ancestor) in zip(Self.wholeNames, shas) {
                let expected = Set(try scratch.git(["rev-list", "--ancestry-path"] + shas + ["^" + ancestor]).split(separator: "\n").map(String.init))
                #expect(graph.descendants(of: ancestor) == expected, "descendants of \(name)")
            }
        }
    }

    @Test func descendantsOfACommitTheGraphLacksAreFoundByParentName() {
        // A range's graph lacks its base: commits above the base still descend from it.
        let graph = HandGraph.make("B:base C:B D:other M:C,D")
        #expect(graph.descendants(of: "base") == ["B", "C", "M"])
        #expect(graph.descendants(of: "other") == ["D", "M"])
        #expect(graph.descendants(of: "M") == [])
    }
}
