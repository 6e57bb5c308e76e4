import SampleRepositories
@testable import HeraldCLI

/// Scenarios for how changes arrive: merge commits, squash merges and direct commits.
extension GoldenScenario {
    static let mergePullRequests = GoldenScenario(name: "merge-pull-requests", script: { repo in
        try repo.commit("Initial commit", files: ["README.md": "# sidecar\n"])
        try repo.tag("v1.0.0")
        try repo.mergePR(number: 10, title: "Add --timeout flag", branch: "timeout-flag", owner: "alice", author: .alice, commits: [
            ("Add --timeout flag", ["cmd/main.go": "timeout\n"]),
            ("Address review comments", ["cmd/main.go": "timeout, reviewed\n"]),
        ])
        try repo.mergePR(number: 11, title: "Fix crash on empty config", branch: "empty-config", owner: "bob", author: .bob)
        try repo.mergePR(
            number: 12, title: "Bump golang.org/x/net from 0.17.0 to 0.23.0",
            branch: "dependabot/go_modules/golang.org/x/net-0.23.0", owner: "kubernetes-csi", author: .dependabot
        )
        try repo.mergePR(number: 13, title: "Update the controller", branch: "controller", owner: "carol", author: .carol)
        try repo.tag("v1.1.0", annotated: true, message: "v1.1.0")
    }, runs: Run.both("notes-v1.1.0", to: "v1.1.0") + [.releases("releases.txt")])

    static let squashPullRequests = GoldenScenario(name: "squash-pull-requests", script: { repo in
        try repo.commit("Initial commit", files: ["go.mod": "module example.com/sidecar\n"])
        try repo.tag("v0.1.0")
        try repo.squashPR(number: 3, title: "Support volume group snapshots", body: "Adds a controller for VolumeGroupSnapshot objects.\n\nDesign: KEP-3476", author: .alice)
        try repo.squashPR(number: 4, title: "Fix leader election on restart", body: "Fixes #2", author: .bob)
        try repo.squashPR(number: 5, title: "Update dependencies (#1) cleanup", body: "", author: .carol)
        try repo.squashPR(number: 6, title: "Fix typo (#3) (#6)", body: "", author: .carol)
        try repo.tag("v0.2.0")
        try repo.squashPR(number: 7, title: "Add retry budget", body: "", author: .alice)
    }, runs: Run.both("notes-v0.2.0", to: "v0.2.0") + [.notes("notes-unreleased.md"), .nextVersion("next-version.txt")])

    static let directCommits = GoldenScenario(name: "direct-commits", script: { repo in
        try repo.commit("Initial commit", files: ["main.go": "package main\n"])
        try repo.tag("v1.0.0")
        try repo.commit("Fix flaky informer sync\n\nFixes #45 and see #12 for the background.", files: ["sync.go": "sync\n"], author: .bob)
        try repo.commit("Reorganise packages", files: ["pkg/a.go": "a\n"], author: .carol)
        try repo.branch("topic")
        try repo.commit("Work on topic", files: ["topic.go": "topic\n"], author: .alice)
        try repo.checkout("main")
        try repo.git("merge", "--no-ff", "-q", "-m", "Merge branch 'topic'", "topic")
        try repo.tag("v1.0.1")
    }, runs: Run.both("notes-v1.0.1", to: "v1.0.1"))

    static let nonUTF8Message = GoldenScenario(name: "non-utf8-message", script: { repo in
        try repo.commit("Initial commit", files: ["a.txt": "a\n"])
        try repo.tag("v1.0.0")
        // Latin-1 "Corrigé" and a stray 0xFF: git keeps the bytes, herald must read them lossily.
        try repo.commit(rawMessage: Array("Corrig".utf8) + [0xE9] + Array(" le parseur\n\nD".utf8) + [0xFF] + Array("tail\n".utf8), files: ["b.txt": "b\n"])
        try repo.squashPR(number: 2, title: "Add caf\u{E9} support", body: "", author: .alice)
    }, runs: Run.both("notes"))
}
