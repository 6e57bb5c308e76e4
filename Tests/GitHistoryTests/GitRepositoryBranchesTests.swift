import Foundation
import SampleRepositories
import Testing
@testable import GitHistory

/// The default branch, release branch tips and patch ids, against real git.
@Suite struct GitRepositoryBranchesTests {
    @Test func theDefaultBranchIsOriginsHeadBeforeLocalNames() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        let first = try scratch.commit("One")
        let second = try scratch.commit("Two")
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        #expect(try repository.tagsAndBranches().branches.defaultBranch == second, "a local main")
        // A clone's origin/HEAD names the default branch even when the local main is elsewhere.
        _ = try scratch.git("update-ref", "refs/remotes/origin/trunk", first)
        _ = try scratch.git("symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/trunk")
        #expect(try repository.tagsAndBranches().branches.defaultBranch == first)
    }

    @Test func aRepositoryWithoutAUsualDefaultBranchHasNone() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One")
        _ = try scratch.git("branch", "-m", "main", "develop")
        #expect(try GitRepository(path: scratch.path, launch: .inherited).tagsAndBranches().branches.defaultBranch == nil)
    }

    @Test func releaseBranchesAreFoundLocallyElseAtOrigin() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        let first = try scratch.commit("One")
        let second = try scratch.commit("Two")
        _ = try scratch.git("update-ref", "refs/remotes/origin/release-1.0", first)
        _ = try scratch.git("update-ref", "refs/remotes/origin/release-1.1", first)
        _ = try scratch.git("update-ref", "refs/heads/release-1.1", second)
        let tips = try GitRepository(path: scratch.path, launch: .inherited)
            .branchTips(named: ["release-1.0", "release-1.1", "release-1.2", "--all", "a..b"])
        #expect(tips == ["release-1.0": first, "release-1.1": second])
    }

    @Test func aPickWithoutItsTrailerHasItsOriginalsPatchID() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One", files: ["a.go": "1\n2\n3\n"])
        try scratch.branch("release-1.0")
        try scratch.checkout("main")
        try scratch.commit("Unrelated", files: ["b.go": "b\n"])
        let fix = try scratch.commit("Fix", files: ["a.go": "1\ntwo\n3\n"])
        try scratch.checkout("release-1.0")
        let pick = try scratch.cherryPick(fix, trailer: false)
        let merge = try scratch.mergePR(number: 5, title: "Merge", commits: [("Other", ["c.go": "c\n"])])
        let ids = try GitRepository(path: scratch.path, launch: .inherited).patchIDs(of: [fix, pick, merge, "not-a-commit"])
        #expect(ids[fix] != nil)
        #expect(ids[fix] == ids[pick])
        #expect(ids[merge] == nil, "a merge has no patch")
        #expect(ids.count == 2)
    }

    @Test func patchIDsInBatchesAreThoseOfOneRun() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        var commits: [String] = []
        for index in 0..<7 {
            commits.append(try scratch.commit("Change \(index)", files: ["f\(index % 3).go": "v\(index)\n"]))
        }
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        let whole = try repository.patchIDs(of: commits)
        #expect(whole.count == 7)
        for size in [1, 2, 3, 7, 200] {
            let batched = try repository.patchIDsSkippingUnreadable(of: commits, batch: size)
            #expect(batched.ids == whole && batched.unread == 0, "batches of \(size)")
        }
    }
}
