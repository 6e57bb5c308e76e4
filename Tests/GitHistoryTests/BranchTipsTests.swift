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
        let names = ["release-1.0", "release-1.1", "release-1.2", "release-1.2/nested", "release-..", "release-9.9"]
        let safe = names.filter { !$0.contains("/") }
        #expect(read.branches.tips(ofBranches: safe) == (try repository.branchTips(named: safe)))
        #expect(read.branches.tips(ofBranches: safe) == ["release-1.0": first, "release-1.1": second])
        #expect(read.branches.tips(ofBranches: ["feature"]) == nil, "not read: git is asked")
        #expect(read.branches.tips(ofBranches: ["release-1.2/nested"]) == nil)
    }

    @Test func aRepositoryWithoutBranchesToReadHasNoTips() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One")
        _ = try scratch.git("branch", "-m", "main", "develop")
        let read = try GitRepository(path: scratch.path, launch: .inherited).tagsAndBranches()
        #expect(read.tags.isEmpty)
        #expect(read.branches.defaultBranch == nil)
        #expect(read.branches.tips(ofBranches: ["release-1.0"]) == [:])
    }
}
