import Foundation
import SampleRepositories
import Testing
@testable import GitHistory

/// Branch tips read with the tags answer as the look-ups that start git do.
@Suite struct BranchTipsTests {
    @Test func tipsReadWithTheTagsMatchTheirOwnLookUps() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        let first = try scratch.commit("One")
        let second = try scratch.commit("Two")
        try scratch.tag("v1.0.0", annotated: true, message: "v1.0.0", at: first)
        _ = try scratch.git("update-ref", "refs/remotes/origin/trunk", first)
        _ = try scratch.git("symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/trunk")
        _ = try scratch.git("update-ref", "refs/remotes/origin/release-1.0", first)
        _ = try scratch.git("update-ref", "refs/heads/release-1.1", second)
        _ = try scratch.git("update-ref", "refs/heads/release-1.2/nested", second)
        _ = try scratch.git("update-ref", "refs/heads/feature", second)
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        let read = try repository.tagsAndBranches()
        #expect(read.tags == (try repository.tags()))
        #expect(read.tags.map(\.name) == ["v1.0.0"])
        #expect(read.branches.defaultBranch == first, "origin's HEAD, a symbolic ref, before the local main")
        let lines: [(major: Int, minor: Int)] = [(1, 0), (1, 1), (1, 2), (9, 9)]
        let names = lines.map { "release-\($0.major).\($0.minor)" }
        #expect(read.branches.tips(ofLines: lines) == (try repository.branchTips(named: names)))
        #expect(read.branches.tips(ofLines: lines) == ["release-1.0": first, "release-1.1": second], "release-1.2/nested is no line's")
    }

    @Test func aRepositoryWithoutBranchesToReadHasNoTips() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One")
        _ = try scratch.git("branch", "-m", "main", "develop")
        let read = try GitRepository(path: scratch.path, launch: .inherited).tagsAndBranches()
        #expect(read.tags.isEmpty)
        #expect(read.branches.defaultBranch == nil)
        #expect(read.branches.tips(ofLines: [(1, 0)]) == [:])
    }
}
