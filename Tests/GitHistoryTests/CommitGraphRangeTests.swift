import Testing
@testable import GitHistory

/// `CommitGraph.range(tip:bases:)` on hand-built histories: `git log BASE..TIP` split into mainline and merged.
@Suite struct CommitGraphRangeTests {
    @Test func linearHistory() {
        let graph = HandGraph.make("A: B:A C:B D:C")
        #expect(graph.range(tip: "D", bases: ["B"]).mainlineNames == ["D", "C"])
        #expect(graph.range(tip: "D", bases: []).mainlineNames == ["D", "C", "B", "A"])
        #expect(graph.range(tip: "D", bases: ["B"]).merged.isEmpty)
        #expect(graph.range(tip: "D", bases: ["B"]).commitCount == 2)
    }

    @Test func aBaseOnAReleaseBranchIsNotAnAncestor() {
        // main A-B-C-D; release-1.0 branches at B and gets E, tagged v1.0.0.
        let graph = HandGraph.make("A: B:A C:B D:C E:B")
        #expect(graph.range(tip: "D", bases: ["E"]).mainlineNames == ["D", "C"])
        #expect(graph.range(tip: "E", bases: ["D"]).mainlineNames == ["E"])
        #expect(graph.range(tip: "D", bases: ["E"]).allNames == graph.range(tip: "D", bases: ["B"]).allNames)
    }

    @Test func aMergeSplitsIntoMainlineAndMerged() {
        let graph = HandGraph.make("A: B:A F1:A F2:F1 M:B,F2 N:M")
        let range = graph.range(tip: "N", bases: ["A"])
        #expect(range.mainlineNames == ["N", "M", "B"])
        #expect(range.mergedNames("M") == ["F2", "F1"])
        #expect(range.mergedNames("N") == nil)
        #expect(range.commitCount == 5)
    }

    @Test func commitsAlreadyReachableFromTheBaseAreLeftOut() {
        // F1 was merged by M1 (the base); the branch went on with F2, merged again by M2.
        let graph = HandGraph.make("A: F1:A M1:A,F1 B:M1 F2:F1 M2:B,F2")
        let range = graph.range(tip: "M2", bases: ["M1"])
        #expect(range.mainlineNames == ["M2", "B"])
        #expect(range.mergedNames("M2") == ["F2"])
    }

    @Test func aBackMergeBringsNothingNew() {
        // release branch R1 merges main's B, which the base already has.
        let graph = HandGraph.make("A: B:A R1:A M:R1,B")
        let range = graph.range(tip: "M", bases: ["B"])
        #expect(range.mainlineNames == ["M", "R1"])
        #expect(range.mergedNames("M") ?? [] == [])
    }

    @Test func eachCommitIsClaimedByTheOldestMergeThatBroughtIt() {
        let graph = HandGraph.make("A: F1:A F2:F1 M1:A,F1 M2:M1,F2")
        let range = graph.range(tip: "M2", bases: ["A"])
        #expect(range.mainlineNames == ["M2", "M1"])
        #expect(range.mergedNames("M1") == ["F1"])
        #expect(range.mergedNames("M2") == ["F2"])
    }

    @Test func nestedMergesAreMergedNewestFirst() throws {
        let graph = HandGraph.make("A: B:A G1:A G2:A H:G1,G2 M:B,H")
        let merged = try #require(graph.range(tip: "M", bases: ["A"]).mergedNames("M"))
        #expect(merged.first == "H")
        #expect(Set(merged) == ["H", "G1", "G2"])
    }

    @Test func theMainlineStopsWhereTheFirstParentLeavesTheRange() {
        // A merge made on the branch, then fast-forwarded: the first parent is the branch.
        let graph = HandGraph.make("A: B:A F:A M:F,B")
        let range = graph.range(tip: "M", bases: ["A"])
        #expect(range.mainlineNames == ["M", "F"])
        #expect(range.mergedNames("M") == ["B"])
    }

    @Test func emptyRanges() {
        let graph = HandGraph.make("A: B:A C:B D:C E:B")
        for (tip, bases) in [("B", ["D"]), ("D", ["D"]), ("A", ["E"]), ("Z", []), ("B", ["E", "D"])] {
            let range = graph.range(tip: tip, bases: bases)
            #expect(range.mainline.isEmpty, "\(bases)..\(tip)")
            #expect(range.merged.isEmpty, "\(bases)..\(tip)")
        }
    }

    @Test func unknownBasesAreIgnoredAndSeveralBasesCombine() {
        let graph = HandGraph.make("A: B:A C:B D:C E:B F:E")
        #expect(graph.range(tip: "D", bases: ["Z"]).mainlineNames == ["D", "C", "B", "A"])
        #expect(graph.range(tip: "D", bases: ["F", "C"]).mainlineNames == ["D"])
        #expect(graph.range(tip: "F", bases: ["D", "A"]).mainlineNames == ["F", "E"])
    }

    @Test func parentsOutsideTheGraphEndTheWalk() {
        // What `git log ^X` reads: X and older are missing, yet a merge is still a merge.
        let graph = HandGraph.make("C:X F:Y M:C,F N:M")
        let range = graph.range(tip: "N", bases: [])
        #expect(range.mainlineNames == ["N", "M", "C"])
        #expect(range.mergedNames("M") == ["F"])
        let orphanMerge = HandGraph.make("F:Y M:X,F").range(tip: "M", bases: [])
        #expect(orphanMerge.mainlineNames == ["M"])
        #expect(orphanMerge.mergedNames("M") == ["F"])
    }
}
