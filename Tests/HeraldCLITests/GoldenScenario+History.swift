import SampleRepositories
@testable import HeraldCLI

/// Scenarios for history that must not be taken at face value: reverts and vendored subtrees.
extension GoldenScenario {
    static let reverts = GoldenScenario(name: "reverts", script: { repo in
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        let caching = try repo.mergePR(number: 1, title: "Add caching of snapshot classes", branch: "caching", owner: "alice")
        try repo.tag("v1.0.0")
        // A PR and its GitHub revert PR, both inside v1.0.0..v1.1.0: they cancel out.
        let flag = try repo.mergePR(number: 2, title: "Add experimental flag", branch: "experimental-flag", owner: "bob", author: .bob)
        try repo.mergePR(number: 3, title: "Revert \"Add experimental flag\"", branch: "revert-2-experimental-flag", owner: "bob") { repo in
            try repo.revert(flag)
        }
        // A squash PR and a plain `git revert` of it: they cancel out too.
        let metrics = try repo.squashPR(number: 4, title: "Add metrics endpoint", author: .carol)
        try repo.revert(metrics)
        // A revert of something released in v1.0.0 is a fix of this release.
        try repo.revert(caching)
        try repo.squashPR(number: 5, title: "Fix typo in log message", author: .alice)
        try repo.tag("v1.1.0")
    }, runs: Run.both("notes-v1.1.0", to: "v1.1.0"))

    static let vendoredSubtree = GoldenScenario(name: "vendored-subtree", script: { repo in
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.subtree(prefix: "release-tools", files: ["build.sh": "echo build\n"], foreignLog: """
            1f2e3d4 Merge pull request #123 from other/prow
            5a6b7c8 Merge pull request #118 from other/go-1.22
            9d8c7b6 Revert "Use go 1.21"

            This reverts commit 0123456789abcdef0123456789abcdef01234567.
            """)
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 4, title: "Add topology support", author: .alice)
        // The usual CSI way: a PR whose branch pulls the subtree; its foreign #N must not leak.
        try repo.mergePR(number: 5, title: "master: update release-tools", branch: "prow-update-master", owner: "pohly") { repo in
            try repo.subtree(prefix: "release-tools", files: ["build.sh": "echo build v2\n"], foreignLog: """
                2a3b4c5 Merge pull request #130 from other/cherry-pick-125-to-release-1.2
                6d7e8f9 Automated cherry pick of #125: fix prow job

                (cherry picked from commit 89abcdef89abcdef89abcdef89abcdef89abcdef)
                """)
        }
        try repo.subtree(prefix: "release-tools", files: ["build.sh": "echo build v3\n"], foreignLog: "3c4d5e6 Merge pull request #140 from other/bump")
        try repo.tag("v1.1.0")
    }, runs: Run.both("notes-v1.1.0", to: "v1.1.0") + [.notes("notes-v1.0.0.md", to: "v1.0.0")])
}
