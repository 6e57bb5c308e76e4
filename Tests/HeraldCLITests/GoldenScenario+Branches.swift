import SampleRepositories
@testable import HeraldCLI

/// Scenarios for release branches, cherry-picks and release candidates.
extension GoldenScenario {
    static let releaseBranch = GoldenScenario(name: "release-branch", script: { repo in
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.mergePR(number: 1, title: "Add snapshot controller", branch: "controller", owner: "alice")
        try repo.tag("v1.0.0", annotated: true, message: "v1.0.0")
        let fix = try repo.mergePR(number: 2, title: "Fix nil pointer in controller", branch: "nil-pointer", owner: "carol", author: .carol)
        // release-1.0 gets the fix as its own PR, made by the cherry-pick robot.
        try repo.branch("release-1.0", from: "v1.0.0")
        try repo.mergePR(number: 3, title: "[release-1.0] Fix nil pointer in controller", branch: "cherry-pick-2-to-release-1.0", owner: "k8s-infra-cherrypick-robot") { repo in
            try repo.cherryPick(try repo.sha(fix + "^2"))
        }
        try repo.tag("v1.0.1", annotated: true, message: "v1.0.1")
        try repo.checkout("main")
        try repo.mergePR(number: 4, title: "Add group snapshots", branch: "groups", owner: "alice")
        // v1.1.0 is tagged on release-1.1 only, so it is not an ancestor of v1.2.0.
        try repo.branch("release-1.1")
        try repo.mergePR(number: 5, title: "Prepare release v1.1.0", branch: "prepare-v1.1.0", owner: "bob", author: .bob)
        try repo.tag("v1.1.0", annotated: true, message: "v1.1.0")
        try repo.checkout("main")
        let race = try repo.squashPR(number: 6, title: "Fix event recorder race", body: "/kind bug", author: .bob)
        try repo.checkout("release-1.1")
        try repo.mergePR(number: 7, title: "Automated cherry pick of #6: Fix event recorder race", branch: "automated-cherry-pick-of-#6-upstream-release-1.1", owner: "k8s-infra-cherrypick-robot") { repo in
            try repo.cherryPick(race)
        }
        try repo.tag("v1.1.1", annotated: true, message: "v1.1.1")
        try repo.checkout("main")
        try repo.mergePR(number: 8, title: "Add --kube-api-qps flag", branch: "qps", owner: "carol", author: .carol)
        try repo.tag("v1.2.0", annotated: true, message: "v1.2.0")
        // An unreleased trailer-only cherry-pick on release-1.1: the original is found by its commit.
        let lease = try repo.squashPR(number: 9, title: "Fix lease renewal", author: .bob)
        try repo.checkout("release-1.1")
        try repo.mergePR(number: 10, title: "Fix lease renewal", branch: "lease-fix", owner: "bob") { repo in
            try repo.cherryPick(lease)
        }
    }, runs: Run.both("notes-v1.0.1", to: "v1.0.1") + Run.both("notes-v1.1.1", to: "v1.1.1") + Run.both("notes-v1.2.0", to: "v1.2.0") + [
        .notes("notes-unreleased-release-1.1.md"), .nextVersion("next-version-release-1.1.txt"),
        .notes("notes-from-v1.1.0-on-release-1.1.md", from: "v1.1.0"),
        .releases("releases.txt"), .releases("releases.json", format: .json), .changelog("CHANGELOG.md"),
    ])

    static let releaseCandidates = GoldenScenario(name: "release-candidates", script: { repo in
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Add volume health monitoring", author: .alice)
        try repo.tag("v1.1.0-rc1")
        try repo.squashPR(number: 2, title: "Fix health check timeout", author: .bob)
        try repo.tag("v1.1.0-rc2")
        try repo.squashPR(number: 3, title: "Update README for v1.1", author: .carol)
        try repo.tag("v1.1.0")
        try repo.squashPR(number: 4, title: "feat!: remove the v1alpha1 API", author: .alice)
        try repo.tag("v2.0.0-rc.1")
        try repo.squashPR(number: 5, title: "Fix crash in the new API", author: .bob)
    }, runs: [.notes("notes-v1.1.0-rc1.md", to: "v1.1.0-rc1"), .notes("notes-v1.1.0-rc2.md", to: "v1.1.0-rc2")]
        + Run.both("notes-v1.1.0", to: "v1.1.0") + [.nextVersion("next-version.txt"), .releases("releases.txt")])
}
