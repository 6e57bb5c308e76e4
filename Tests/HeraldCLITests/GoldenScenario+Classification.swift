import SampleRepositories
@testable import HeraldCLI

/// Scenarios for classification: Conventional Commits and release-note blocks.
extension GoldenScenario {
    static let conventionalCommits = GoldenScenario(name: "conventional-commits", script: { repo in
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.tag("v1.2.3")
        try repo.squashPR(number: 10, title: "feat(api)!: remove the v1beta1 snapshot API", author: .alice)
        try repo.squashPR(number: 11, title: "fix: handle nil snapshot class", author: .bob)
        try repo.squashPR(number: 12, title: "docs: explain the retry budget", author: .carol)
        try repo.squashPR(number: 13, title: "chore(deps): bump github.com/spf13/cobra from 1.7.0 to 1.8.0", author: .dependabot)
        try repo.squashPR(number: 14, title: "perf: list snapshots with a field selector", author: .alice)
        try repo.squashPR(number: 15, title: "refactor: split the controller", author: .bob)
        try repo.commit("feat: new configuration format\n\nBREAKING CHANGE: the old --config keys are no longer read.", author: .carol)
        try repo.commit("ci: run e2e tests on arm64", author: .carol)
        try repo.commit("Tidy up imports", author: .carol)
    }, runs: Run.both("notes") + [.nextVersion("next-version.txt")])

    static let releaseNoteBlocks = GoldenScenario(name: "release-note-blocks", script: { repo in
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 20, title: "Retry on conflict", body: """
            /kind bug

            ```release-note
            Snapshot creation is retried when the API server reports a conflict.
            ```
            """, author: .alice)
        try repo.squashPR(number: 21, title: "Bump the test image", body: """
            ```release-note
            NONE
            ```
            """, author: .bob)
        try repo.squashPR(number: 22, title: "Rename the lease", body: """
            /kind feature

            ```release-note
            ACTION REQUIRED: the leader election lease is now named after the driver.
            Delete the old `external-snapshotter-leader` lease after upgrading.
            ```
            """, author: .carol)
        try repo.squashPR(number: 23, title: "Add support for <img src=x onerror=alert(1)>", body: """
            ```release-note
            Volume snapshot classes can set `deletionPolicy: Retain`.
            ```
            """, author: .alice)
        try repo.tag("v1.1.0")
    }, runs: Run.both("notes-v1.1.0", to: "v1.1.0"))
}
