import GitHistory
import Testing
@testable import ReleasePipeline

/// The default-branch commits whose paths patch matching reads: those in the year before some pick, no merge, so
/// reading only them pairs exactly as reading all did.
@Suite struct PatchMatchingWindowTests {
    static let day = 24 * 3600

    static func commit(_ name: String, at time: Int, parents: Int = 1, files: [String] = []) -> Commit {
        Commit(
            sha: name, parents: (0..<parents).map { "parent\(name)\($0)" }, authorName: "A", authorEmail: "a@example.com",
            authorTime: time, commitTime: time, subject: name, body: "", files: files
        )
    }

    @Test func onlyCommitsInTheYearBeforeAPickAreRead() {
        let window = PatchMatching.window
        let start = 1_700_000_000
        let picks = [Self.commit("pickA", at: start), Self.commit("pickB", at: start + 400 * Self.day)]
        let commits = [
            Self.commit("atPick", at: start),
            Self.commit("yearBefore", at: start - window),
            Self.commit("tooOld", at: start - window - 1),
            Self.commit("between", at: start + 100 * Self.day),
            Self.commit("betweenMerge", at: start + 100 * Self.day, parents: 2),
            Self.commit("afterLastPick", at: start + 400 * Self.day + 1),
        ]
        #expect(PatchMatching.landedBefore(picks, among: commits) == ["atPick", "yearBefore", "between"])
    }

    @Test func picksThatCannotPairOpenNoWindow() {
        let start = 1_700_000_000
        let files = (0...GitRepository.patchIDMaximumFiles).map { "f\($0).go" }
        let picks = [Self.commit("merge", at: start, parents: 2), Self.commit("wide", at: start + Self.day, files: files)]
        let commits = [Self.commit("candidate", at: start)]
        #expect(PatchMatching.landedBefore(picks, among: commits).isEmpty)
        // A pick whose paths are still unread may pair: it opens its window.
        let unread = [Self.commit("unread", at: start + Self.day)]
        #expect(PatchMatching.landedBefore(unread, among: commits) == ["candidate"])
        #expect(PatchMatching.landedBefore([], among: commits).isEmpty)
    }
}
