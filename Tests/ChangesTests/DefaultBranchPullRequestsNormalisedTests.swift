import HeraldSupport
import Testing
@testable import Changes

/// Titles normalise alike by bytes and by characters, so the ASCII fast path links exactly what the general one would.
@Suite struct DefaultBranchPullRequestsNormalisedTests {
    @Test func asciiTitlesNormaliseAsTheyDoByCharacters() {
        let pieces = ["Fix", "the", "BUG", " ", "  ", "\t", "\r\n", "\u{0B}", "\u{1F}", ".", "..", "(#12)", "(#)", "(#", ")", "x.", "Add", "(#7)."]
        var random = DeterministicRandom(seed: 0x717)
        for _ in 0..<5_000 {
            let title = (0..<random.between(0, 9)).map { _ in pieces[random.below(pieces.count)] }.joined()
            #expect(DefaultBranchPullRequests.normalised(ascii: title) == DefaultBranchPullRequests.normalised(characters: title), "\(title.debugDescription)")
        }
        #expect(DefaultBranchPullRequests.normalised("Fix the  BUG in x (#12)") == "fix the bug in x")
        #expect(DefaultBranchPullRequests.normalised("Fix the bug.") == "fix the bug")
        #expect(DefaultBranchPullRequests.normalised("Fix it") == "")
        #expect(DefaultBranchPullRequests.normalised("Corrige l’ÉCHEC du test") == "corrige l’échec du test")
    }
}
