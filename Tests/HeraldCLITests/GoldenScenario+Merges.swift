import SampleRepositories
@testable import HeraldCLI

/// Scenarios for merges that are not one pull request: branch syncs and merges without a PR in their subject.
extension GoldenScenario {
    static let branchSyncMerge = GoldenScenario(name: "branch-sync-merge", script: { repo in
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.subtree(prefix: "release-tools", files: ["build.sh": "echo build\n"], foreignLog: "")
        try repo.mergePR(number: 1, title: "Add snapshot controller", branch: "controller", owner: "alice")
        try repo.tag("v1.0.0", annotated: true, message: "v1.0.0")
        try repo.branch("release-1.0")
        try repo.checkout("main")
        try repo.mergePR(number: 2, title: "Add volume cloning", branch: "cloning", owner: "carol", author: .carol)
        // The vendored tools' own PR numbers must not become this repository's.
        try repo.subtree(prefix: "release-tools", files: ["build.sh": "echo build v2\n"], foreignLog: """
            2a3b4c5 Merge pull request #250 from other/prow
            6d7e8f9 Fix prow job (#249)
            """)
        try repo.mergePR(number: 3, title: "Fix nil pointer in controller", branch: "nil-pointer", owner: "bob", author: .bob)
        try repo.checkout("release-1.0")
        // The sync PR merges main into a branch off release-1.0; it brings #2, #3 and the subtree update whole.
        try repo.mergePR(number: 4, title: "Update release 1.0 branch", branch: "update-release-1.0", owner: "bob") { repo in
            try repo.git("merge", "--no-ff", "-q", "-m", "Merge branch 'main' into update-release-1.0", "main")
        }
        try repo.tag("v1.0.1", annotated: true, message: "v1.0.1")
    }, runs: Run.both("notes-v1.0.1", to: "v1.0.1"))

    static let securityAdvisoryMerge = GoldenScenario(name: "security-advisory-merge", script: { repo in
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.squashPR(number: 1, title: "Add snapshot groups")
        try repo.tag("v1.0.0", annotated: true, message: "v1.0.0")
        try repo.branch("ghsa-8xq2")
        let benjamin = Person(name: "Benjamin Wang", email: "benjamin@example.com")
        try repo.commit("server: sanitize snapshot names", files: ["name.go": "clean\n"], author: benjamin)
        try repo.checkout("main")
        // GitHub's security-advisory merge: the title is the body's first line.
        let advisory = "Merge commit from fork\n\nFix a path traversal in the snapshot name\n\nSnapshot names are cleaned before use."
        try repo.git("merge", "--no-ff", "-q", "-m", advisory, "ghsa-8xq2")
        try repo.branch("fix-x")
        try repo.commit("Fix the resizer on empty volumes", files: ["resize.go": "fixed\n"], author: .carol)
        try repo.checkout("main")
        try repo.git("merge", "--no-ff", "-q", "-m", "Merge branch 'fix-x'", "fix-x")
        try repo.tag("v1.0.1", annotated: true, message: "v1.0.1")
    }, runs: Run.both("notes-v1.0.1", to: "v1.0.1"))
}
