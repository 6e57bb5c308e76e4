import Foundation
import SampleRepositories
import Testing

@Suite struct ScratchRepositoryTests {
    /// A small history touching every builder, used for the determinism check.
    func buildScript() throws -> ScratchRepository {
        let repository = try ScratchRepository()
        let root = try repository.commit("Initial commit", files: ["README.md": "hello\n"])
        try repository.subtree(prefix: "release-tools", files: ["build.make": "all:\n"], foreignLog: "abc1234 Merge pull request #123 from other/repo")
        let merge = try repository.mergePR(number: 1, title: "Add feature")
        try repository.squashPR(number: 2, title: "Fix bug", body: "/kind bug")
        try repository.tag("v1.0.0", annotated: true)
        try repository.branch("release-1.0", from: root)
        try repository.cherryPick(merge)
        try repository.checkout("main")
        try repository.revert(merge)
        try repository.commit(rawMessage: [0x63, 0x61, 0x66, 0xE9])
        return repository
    }

    @Test func sameScriptGivesSameShas() throws {
        let first = try buildScript()
        let second = try buildScript()
        defer { first.remove(); second.remove() }
        let refs = ["for-each-ref", "--format=%(objectname) %(refname)"]
        #expect(try first.git(refs) == second.git(refs))
        #expect(try first.sha("HEAD") == second.sha("HEAD"))
    }

    @Test func commitsUseTheClock() throws {
        let repository = try ScratchRepository()
        defer { repository.remove() }
        try repository.commit("One")
        try repository.commit("Two", author: .carol)
        #expect(repository.clock == ScratchRepository.startOfClock + 2 * ScratchRepository.tick)
        #expect(try repository.git("log", "-1", "--format=%an <%ae> %at %ct") == "Carol Example <carol@example.com> 1704070800 1704070800")
        #expect(try repository.git("log", "--format=%s") == "Two\nOne")
    }

    @Test func rawMessageIsStoredVerbatim() throws {
        let repository = try ScratchRepository()
        defer { repository.remove() }
        let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x0A, 0x0A, 0x23, 0x20, 0x6B, 0x65, 0x70, 0x74]
        let sha = try repository.commit(rawMessage: bytes)
        let object = try repository.gitData(["cat-file", "commit", sha])
        #expect(Array(object.suffix(bytes.count + 2)) == [0x0A, 0x0A] + bytes)
    }

    @Test func mergePRLooksLikeGitHub() throws {
        let repository = try ScratchRepository()
        defer { repository.remove() }
        try repository.commit("Initial commit")
        let merge = try repository.mergePR(number: 7, title: "Add thing", owner: "carol", author: .carol)
        #expect(try repository.git("log", "-1", "--format=%B", merge) == "Merge pull request #7 from carol/pr-7\n\nAdd thing")
        #expect(try repository.git("log", "-1", "--format=%an|%s", merge + "^2") == "Carol Example|Add thing")
        #expect(try repository.git("log", "-1", "--format=%an", merge) == "Bob Example")
        #expect(try repository.git("branch", "--format=%(refname:short)") == "main")
    }

    @Test func squashCherryPickAndRevertMessages() throws {
        let repository = try ScratchRepository()
        defer { repository.remove() }
        try repository.commit("Initial commit")
        let squash = try repository.squashPR(number: 3, title: "Fix it", body: "/kind bug")
        #expect(try repository.git("log", "-1", "--format=%B", squash) == "Fix it (#3)\n\n/kind bug")
        try repository.branch("release-1.0", from: squash + "^")
        let pick = try repository.cherryPick(squash)
        #expect(try repository.git("log", "-1", "--format=%b", pick).hasSuffix("(cherry picked from commit \(squash))"))
        try repository.checkout("main")
        let revert = try repository.revert(squash)
        #expect(try repository.git("log", "-1", "--format=%B", revert) == "Revert \"Fix it (#3)\"\n\nThis reverts commit \(squash).")
    }

    @Test func subtreeMergesASquashUnderThePrefix() throws {
        let repository = try ScratchRepository()
        defer { repository.remove() }
        try repository.commit("Initial commit")
        let add = try repository.subtree(prefix: "release-tools", files: ["prow.sh": "v1\n"], foreignLog: "abc1234 Merge pull request #123 from a/b")
        let squash = try repository.sha(add + "^2")
        #expect(try repository.git("log", "-1", "--format=%s", add) == "Merge commit '\(squash)' as 'release-tools'")
        let update = try repository.subtree(prefix: "release-tools", files: ["prow.sh": "v2\n"], foreignLog: "def5678 Merge pull request #124 from a/c")
        let second = try repository.sha(update + "^2")
        #expect(try repository.git("log", "-1", "--format=%s", update) == "Merge commit '\(second)'")
        #expect(try repository.git("log", "-1", "--format=%s", second) == "Squashed 'release-tools/' changes from abc1234..def5678")
        #expect(try repository.sha(second + "^") == squash)
        #expect(try repository.git("show", "HEAD:release-tools/prow.sh") == "v2")
        #expect(try repository.git("status", "--porcelain") == "")
    }

    @Test func annotatedTagsAndShallowClones() throws {
        let repository = try ScratchRepository()
        defer { repository.remove() }
        let first = try repository.commit("One")
        try repository.commit("Two")
        try repository.tag("v1.0.0", annotated: true, at: first)
        #expect(try repository.git("for-each-ref", "--format=%(taggerdate:unix) %(contents:subject)", "refs/tags") == "1704074400 v1.0.0")
        #expect(try repository.sha("v1.0.0") == first)
        let clone = try repository.shallowClone()
        defer { clone.remove() }
        #expect(try clone.git("rev-parse", "--is-shallow-repository") == "true")
        #expect(try clone.git("rev-list", "--count", "HEAD") == "1")
    }

    @Test func failuresAreOneLowercaseLine() throws {
        let repository = try ScratchRepository()
        defer { repository.remove() }
        #expect(throws: ScratchRepositoryError.self) { try repository.sha("no-such-ref") }
        do {
            try repository.git("checkout", "nowhere")
        } catch let error as ScratchRepositoryError {
            #expect(error.description.hasPrefix("git checkout nowhere failed: error: pathspec"))
            #expect(!error.description.contains("\n"))
        }
    }
}
