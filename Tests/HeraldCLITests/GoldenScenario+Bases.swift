import SampleRepositories
@testable import HeraldCLI

/// Scenarios for where notes start when every tag sits on the default branch.
extension GoldenScenario {
    /// release-please style: Conventional Commit squash PRs and release PRs, every tag on main, patches included.
    ///
    /// v1.1.0 starts at v1.0.1, v1.2.0 at v1.1.1 and v2.0.0 at v1.2.1: the latest earlier release, an ancestor,
    /// not the previous line's first release, so no patch's changes are listed twice.
    static let tagsOnMain = GoldenScenario(name: "tags-on-main", script: { repo in
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        // Each PR, then the release PR and tag that follow it, if any; the last feature is unreleased.
        let history: [(title: String, author: Person, release: String?)] = [
            ("feat: add the snapshot controller", .alice, "1.0.0"), ("fix: handle a nil volume source", .bob, "1.0.1"),
            ("feat: add group snapshots", .carol, "1.1.0"), ("fix: retry snapshot creation on conflict", .bob, "1.1.1"),
            ("feat(api): add a rate limit for API calls", .alice, nil), ("docs: describe the rate limit", .carol, "1.2.0"),
            ("fix: close the event recorder on shutdown", .bob, "1.2.1"), ("feat!: drop the v1beta1 snapshot API", .alice, "2.0.0"),
            ("fix: log the snapshot name on failure", .carol, "2.0.1"), ("feat: add a --dry-run mode", .bob, nil),
        ]
        var number = 0
        for change in history {
            number += 1
            try repo.squashPR(number: number, title: change.title, author: change.author)
            guard let version = change.release else { continue }
            // A release-please release PR: the version bump squashed onto main, then the tag on that commit.
            number += 1
            try repo.squashPR(number: number, title: "chore(main): release \(version)", files: ["VERSION": version + "\n"], author: .alice)
            try repo.tag("v" + version, annotated: true, message: "v" + version)
        }
    }, runs: Run.both("notes-v1.2.0", to: "v1.2.0") + Run.both("notes-v2.0.0", to: "v2.0.0") + [
        .notes("notes-unreleased.md"), .releases("releases.txt"), .changelog("CHANGELOG.md"),
    ])
}
