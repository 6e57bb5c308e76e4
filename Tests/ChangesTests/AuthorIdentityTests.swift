import GitHistory
import HeraldSupport
import Testing
@testable import Changes

/// Author names in notes: GitHub logins from noreply addresses, otherwise the name.
@Suite struct AuthorIdentityTests {
    @Test(arguments: [
        ("Alice Example", "12345+alice-gh@users.noreply.github.com", "@alice-gh"),
        ("Alice Example", "alice-gh@users.noreply.github.com", "@alice-gh"),
        ("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com", "@dependabot[bot]"),
        ("Alice Example", "alice@example.com", "Alice Example"),
        ("", "alice@example.com", "alice@example.com"),
        ("GitHub", "noreply@github.com", "GitHub"),
        ("Alice Example", "@users.noreply.github.com", "Alice Example"),
        ("Alice Example", "alice@users.noreply.github.com.evil.example", "Alice Example"),
    ])
    func displayNames(name: String, email: String, shown: String) {
        #expect(AuthorIdentity.display(name: name, email: email) == shown)
    }

    static let detector = ChangeDetector()

    @Test func mergedCommitsNameTheirLoginsOldestFirstOnce() throws {
        let merge = Fixture.merge("m", number: 7, from: "kubernetes-csi/fix", title: "Fix it", parents: ["base", "c3"])
        let merged = [
            Fixture.commit("c3", parents: ["c2"], subject: "Review", author: "Alice", email: "1+alice-gh@users.noreply.github.com"),
            Fixture.commit("c2", parents: ["c1"], subject: "More", author: "Carol", email: "carol-gh@users.noreply.github.com"),
            Fixture.commit("c1", subject: "First", author: "Alice", email: "1+alice-gh@users.noreply.github.com"),
            Fixture.commit("c0", subject: "Local", author: "Dave", email: "dave@example.com"),
        ]
        let change = try #require(Self.detector.detect(Fixture.range([merge], merged: ["m": merged])).changes.first)
        #expect(change.authors == ["@alice-gh", "@carol-gh"])
    }

    @Test func withoutLoginsTheForkOwnerIsTheAuthor() throws {
        let merge = Fixture.merge("m", number: 7, from: "carol/fix", title: "Fix it", parents: ["base", "c1"])
        let merged = [Fixture.commit("c1", subject: "Fix it", author: "Carol Example", email: "carol@example.com")]
        let change = try #require(Self.detector.detect(Fixture.range([merge], merged: ["m": merged])).changes.first)
        #expect(change.authors == ["@carol"])
    }

    @Test func squashesAndPlainCommitsNameTheirAuthor() {
        let squash = Fixture.commit("s", subject: "Bump x from 1 to 2 (#9)", author: "dependabot[bot]", email: "49699333+dependabot[bot]@users.noreply.github.com")
        let plain = Fixture.commit("p", subject: "Fix typo", author: "Carol Example", email: "carol@example.com")
        let result = Self.detector.detect(Fixture.range([squash, plain]))
        #expect(result.changes.map(\.authors) == [["@dependabot[bot]"], ["Carol Example"]])
    }
}

/// The byte reading of ASCII addresses against the character reading it stands in for.
@Suite struct AuthorIdentityBytesTests {
    @Test func asciiAddressesReadAsBytesAsByCharacters() {
        var random = DeterministicRandom(seed: 20_261_201)
        let pieces = ["+", "++", "a", "alice-gh", "12345", "@", "users.noreply.github.com", "@users.noreply.github.com",
                      ".", "\r\n", "github.com", " ", "[bot]", "Users.NoReply.GitHub.com", "@users.noreply.github.co"]
        for _ in 0..<5_000 {
            let email = (0..<random.between(0, 5)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let name = random.below(3) == 0 ? "" : "Alice Example"
            #expect(AuthorIdentity.display(name: name, email: email) == AuthorIdentity.characterDisplay(name: name, email: email), "\(email)")
        }
    }

    @Test func addressesBeyondASCIIAreReadByCharacters() {
        #expect(AuthorIdentity.display(name: "Zoë", email: "zoë@users.noreply.github.com") == "@zoë")
        // A combining mark joins the last letter, so the address does not end in GitHub's domain.
        #expect(AuthorIdentity.display(name: "A", email: "a@users.noreply.github.com\u{301}") == "A")
    }
}
