import HeraldSupport
import Testing
@testable import Changes

/// The first word of a plain title: ASCII titles are read as bytes, exactly as the character reading reads them.
@Suite struct TitleVerbTests {
    @Test(arguments: [
        ("Fix the flake", ChangeKind.fix), ("FIXES: x", .fix), ("Add e2e for x", .cleanup), ("Add support for x", .feature),
        ("Deprecate the flag", .deprecation), ("Update CHANGELOG for v1.2.0", .documentation), ("Document the flag", .documentation),
        ("Fixup the flake", nil), ("Bump x", nil), ("", nil), ("Fixé the flake", nil), ("Fix… the flake", .fix),
    ] as [(String, ChangeKind?)])
    func firstWords(title: String, kind: ChangeKind?) {
        #expect(TitleVerb.kind(of: title) == kind)
    }

    @Test func asciiTitlesReadAsBytesAsByCharacters() {
        var random = DeterministicRandom(seed: 1_201)
        let pieces = ["fix", "Fix", "FIXES", "add", "Adds", "support", "enable", "deprecate", "correct", "changelog", "Update",
                      " CHANGELOG", " readme", "Document", " ", ":", "-", "_", "1", "\r\n", "\t", " test", " e2e", "hangelog for",
                      "x", "introduces", "allowing", "(#12)", "Changelog", "document"]
        for _ in 0..<5_000 {
            let title = (0..<random.between(0, 6)).map { _ in pieces[random.below(pieces.count)] }.joined()
            #expect(TitleVerb.kind(of: title) == TitleVerb.characterKind(of: title), "\(title)")
        }
    }

    @Test func titlesThatStartBeyondASCIIAreReadByCharacters() {
        // A combining mark joins the last letter: the word is not "fix".
        #expect(TitleVerb.kind(of: "Fix\u{301} the flake") == nil)
        #expect(TitleVerb.kind(of: "Ändere die Doku") == nil)
    }
}
