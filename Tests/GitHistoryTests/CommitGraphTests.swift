import Testing
@testable import GitHistory

/// Building a `CommitGraph`: positions, parent links, generation numbers and lookups by (abbreviated) name.
@Suite struct CommitGraphTests {
    static func hex(_ digit: Character, _ tail: String = "") -> String {
        String(repeating: digit, count: 40 - tail.count) + tail
    }

    static func commit(_ sha: String, _ parents: [String]) -> Commit {
        Commit(sha: sha, parents: parents, authorName: "A", authorEmail: "a@example.com", authorTime: 0, commitTime: 0, subject: sha, body: "")
    }

    @Test func generationsRankAncestorsLower() throws {
        let graph = HandGraph.make("M:B,F2 F2:F1 B:A F1:A A: N:M")
        func generation(_ name: String) throws -> Int { graph.generations[try #require(graph.position(of: name))] }
        #expect(try generation("A") == 1)
        #expect(try generation("B") == 2)
        #expect(try generation("F2") == 3)
        #expect(try generation("M") == 4)
        #expect(try generation("N") == 5)
        for node in 0..<graph.parentPositions.count {
            for parent in graph.parentPositions[node] { #expect(graph.generations[parent] < graph.generations[node]) }
        }
    }

    @Test func aDeepHistoryDoesNotOverflowTheStack() {
        var graph = CommitGraph()
        let depth = 200_000
        for index in stride(from: depth - 1, through: 0, by: -1) {
            graph.add(Self.commit("c\(index)", index == 0 ? [] : ["c\(index - 1)"]))
        }
        graph.seal()
        #expect(graph.count == depth)
        #expect(graph.generations[0] == depth)
        #expect(graph.range(tip: "c\(depth - 1)", bases: ["c\(depth - 4)"]).mainline.count == 3)
    }

    @Test func duplicatesAreAddedOnce() {
        var graph = CommitGraph()
        graph.add(Self.commit("a", []))
        graph.add(Self.commit("b", ["a"]))
        graph.add(Self.commit("a", ["zzz"]))
        graph.seal()
        #expect(graph.count == 2)
        #expect(graph.commits.map(\.sha) == ["a", "b"])
        #expect(graph.commits[0].parents == [])
        #expect(graph.position(of: "b") == 1)
        #expect((0..<graph.parentPositions.count).map { Array(graph.parentPositions[$0]) } == [[], [0]])
    }

    @Test func commitsAreFoundByFullOrAbbreviatedName() {
        var graph = CommitGraph()
        let first = Self.hex("a", "1234567"), second = Self.hex("b")
        graph.add(Self.commit(second, [first]))
        graph.add(Self.commit(first, []))
        graph.seal()
        #expect(graph.commit(named: first)?.sha == first)
        #expect(graph.commit(named: String(second.prefix(7)))?.sha == second)
        #expect(graph.commit(named: String(first.prefix(12)))?.sha == first)
        #expect(graph.commit(named: String(second.prefix(6))) == nil, "six characters are too short to trust")
        #expect(graph.commit(named: Self.hex("c")) == nil)
        #expect(graph.commit(named: "cccccccc") == nil)
        #expect(graph.position(of: String(first.prefix(7))) == nil)
    }

    @Test func anEmptyGraph() {
        var graph = CommitGraph()
        graph.seal()
        #expect(graph.count == 0)
        #expect(graph.range(tip: "a", bases: []).mainline.isEmpty)
        #expect(graph.commit(named: "abcdefa") == nil)
    }
}
