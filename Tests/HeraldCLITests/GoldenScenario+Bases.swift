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
        try repo.squashPR(number: 1, title: "feat: add the snapshot controller", author: .alice)
        try releasePR(repo, number: 2, version: "1.0.0")
        try repo.squashPR(number: 3, title: "fix: handle a nil volume source", author: .bob)
        try releasePR(repo, number: 4, version: "1.0.1")
        try repo.squashPR(number: 5, title: "feat: add group snapshots", author: .carol)
        try releasePR(repo, number: 6, version: "1.1.0")
        try repo.squashPR(number: 7, title: "fix: retry snapshot creation on conflict", author: .bob)
        try releasePR(repo, number: 8, version: "1.1.1")
        try repo.squashPR(number: 9, title: "feat(api): add a rate limit for API calls", author: .alice)
        try repo.squashPR(number: 10, title: "docs: describe the rate limit", author: .carol)
        try releasePR(repo, number: 11, version: "1.2.0")
        try repo.squashPR(number: 12, title: "fix: close the event recorder on shutdown", author: .bob)
        try releasePR(repo, number: 13, version: "1.2.1")
        try repo.squashPR(number: 14, title: "feat!: drop the v1beta1 snapshot API", author: .alice)
        try releasePR(repo, number: 15, version: "2.0.0")
        try repo.squashPR(number: 16, title: "fix: log the snapshot name on failure", author: .carol)
        try releasePR(repo, number: 17, version: "2.0.1")
        // Unreleased: HEAD is taken as v2.1.0, so it starts at v2.0.1 as well.
        try repo.squashPR(number: 18, title: "feat: add a --dry-run mode", author: .bob)
    }, runs: Run.both("notes-v1.2.0", to: "v1.2.0") + Run.both("notes-v2.0.0", to: "v2.0.0") + [
        .notes("notes-unreleased.md"), .releases("releases.txt"), .changelog("CHANGELOG.md"),
    ])

    /// A release-please release PR: the version bump squashed onto main, then the tag on that commit.
    static func releasePR(_ repo: ScratchRepository, number: Int, version: String) throws {
        try repo.squashPR(number: number, title: "chore(main): release \(version)", files: ["VERSION": version + "\n"], author: .alice)
        try repo.tag("v" + version, annotated: true, message: "v" + version)
    }
}
