import Testing
@testable import GitHistory

/// `ParentLinks`: each commit's parents come back in order, however many it has, outside ones as -1.
@Suite struct ParentLinksTests {
    @Test func eachCommitGetsItsOwnParentsInOrder() {
        var links = ParentLinks(reservingCommits: 4, parents: 2)
        let parents = [[1, 2, -1], [], [3], []]
        for list in parents {
            list.forEach { links.append($0) }
            links.endCommit()
        }
        #expect(links.count == 4)
        #expect((0..<links.count).map { Array(links[$0]) } == parents)
        #expect(links[0].first == 1)
        #expect(links[1].isEmpty)
        #expect(ParentLinks().count == 0)
    }

    @Test func aGraphLinksMergesNextCommitsAndParentsOutsideIt() throws {
        // N's first parent is printed next, M's second is printed before it, and O's parent was never read.
        let graph = HandGraph.make("N:M M:B,F F:A B:A A: O:gone")
        func parents(_ name: String) throws -> [String] {
            let node = try #require(graph.position(of: name))
            return graph.parentPositions[node].map { $0 >= 0 ? graph.commits[$0].sha : "-" }
        }
        #expect(try parents("N") == ["M"])
        #expect(try parents("M") == ["B", "F"])
        #expect(try parents("A") == [])
        #expect(try parents("O") == ["-"])
        #expect(graph.parentPositions.count == graph.count)
    }
}
