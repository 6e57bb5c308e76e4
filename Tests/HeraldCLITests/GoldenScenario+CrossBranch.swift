import SampleRepositories
@testable import HeraldCLI

/// Scenarios for changes that reach several release lines, linked by title or by patch alone.
extension GoldenScenario {
    static let crossBranch = GoldenScenario(name: "cross-branch", script: { repo in
        try repo.commit("Initial commit", files: ["main.go": "v0\n", "resize.go": "r0\n", "lease.go": "l0\n", "events.go": "e0\n"])
        try repo.squashPR(number: 1, title: "Add volume resizing", files: ["resize.go": "r1\n"], author: .alice)
        try repo.tag("v1.0.0")
        try repo.branch("release-1.0")
        try repo.checkout("main")
        try repo.squashPR(number: 2, title: "Add lease handling", files: ["lease.go": "l1\n"], author: .bob)
        try repo.tag("v1.1.0")
        try repo.branch("release-1.1")
        try repo.checkout("main")
        try repo.squashPR(number: 3, title: "Add event recorder", files: ["events.go": "e1\n"], author: .carol)
        try repo.tag("v1.2.0")
        try repo.branch("release-1.2")
        try repo.checkout("main")
        // One fix, shipped on three release lines and again in the next minor.
        let fix = try repo.squashPR(number: 10, title: "fix: resizer panics on a zero-size volume", files: ["fix-resize.go": "f\n"], author: .carol)
        let lease = try repo.squashPR(number: 11, title: "Fix lease renewal after a restart", files: ["fix-lease.go": "l\n"], author: .bob)
        let events = try repo.squashPR(number: 12, title: "Fix dropped events on shutdown", files: ["fix-events.go": "e\n"], author: .alice)
        try repo.squashPR(number: 13, title: "Add snapshot groups", files: ["groups.go": "g\n"], author: .alice)
        let docs = try repo.mergePR(number: 15, title: "Document volume resizing", branch: "resize-docs", owner: "carol", author: .carol,
                                    commits: [("Document resizing", ["docs/resize.md": "Resizing\nworks online.\n"])])
        // release-1.2: the robot's branch names the original.
        try repo.checkout("release-1.2")
        try repo.mergePR(number: 20, title: "[release-1.2] fix: resizer panics on a zero-size volume", branch: "cherry-pick-10-to-release-1.2", owner: "k8s-infra-cherrypick-robot") { repo in
            try repo.cherryPick(fix, trailer: false)
        }
        // A trailer that names a commit inside a merged pull request, on a pick adapted by hand: the trailer still links it.
        let inner = try repo.sha(docs + "^2")
        try repo.mergePR(number: 25, title: "Backport the resizing docs", branch: "docs-1.2", owner: "carol") { repo in
            try repo.commit("Document resizing\n\n(cherry picked from commit \(inner))", files: ["docs/resize.md": "Resizing\nworks online (v1.2).\n"], author: .carol)
        }
        try repo.tag("v1.2.1")
        // release-1.1: only the same title links it.
        try repo.checkout("release-1.1")
        try repo.mergePR(number: 21, title: "fix: resizer panics on a zero-size volume", branch: "resizer-1.1", owner: "carol") { repo in
            try repo.commit("fix: resizer panics on a zero-size volume", files: ["fix-resize.go": "f-1.1\n"], author: .carol)
        }
        try repo.tag("v1.1.1")
        // release-1.0: a manual backport whose title names nothing; only its patch links it.
        try repo.checkout("release-1.0")
        try repo.mergePR(number: 22, title: "Backport the resizer fix", branch: "backport-resizer", owner: "dave") { repo in
            try repo.cherryPick(fix, trailer: false)
        }
        // One release PR that bundles two picked fixes, each linked by its patch.
        try repo.mergePR(number: 23, title: "Release v1.0.1", branch: "release-v1.0.1", owner: "bob") { repo in
            try repo.cherryPick(lease, trailer: false)
            try repo.cherryPick(events, trailer: false)
        }
        try repo.tag("v1.0.1")
        // The next minor is tagged after the patches, so its notes say where its fixes already shipped.
        try repo.checkout("main")
        try repo.squashPR(number: 14, title: "Add the changelog for v1.3.0", files: ["CHANGELOG.md": "v1.3.0\n"], author: .bob)
        try repo.tag("v1.3.0")
        // Merged on release-1.2 after its last release: unreleased there.
        try repo.checkout("release-1.2")
        try repo.mergePR(number: 24, title: "[release-1.2] Fix lease renewal after a restart", branch: "cherry-pick-11-to-release-1.2", owner: "k8s-infra-cherrypick-robot") { repo in
            try repo.cherryPick(lease)
        }
        try repo.checkout("main")
    }, runs: Run.both("notes-v1.3.0", to: "v1.3.0") + Run.both("notes-v1.0.1", to: "v1.0.1") + [
        // A span over three minors: each change names the first release of every line that shipped it in between.
        .json("notes-v1.0.0-v1.3.0.json", from: "v1.0.0", to: "v1.3.0"),
        .notes("notes-v1.1.1.md", to: "v1.1.1"), .changelog("CHANGELOG.md"),
        .backports("backports.txt"), .backports("backports.json", format: .json), .backports("backports-all-lines.txt", lines: 10),
    ])

    /// Patches in a chain on two lines inside one minor's window: an older line whose branch left before the minor's
    /// base, and the base's own line. Each patch's range must be read whole, though its base is the tip of the next.
    static let patchChains = GoldenScenario(name: "patch-chains", script: { repo in
        try repo.commit("Initial commit", files: ["main.go": "v0\n", "a.go": "a0\n", "b.go": "b0\n"])
        try repo.squashPR(number: 1, title: "Add volume cloning", files: ["clone.go": "c\n"], author: .alice)
        try repo.tag("v0.9.0")
        try repo.branch("release-0.9")
        try repo.checkout("main")
        try repo.squashPR(number: 2, title: "Add volume expansion", files: ["expand.go": "e\n"], author: .bob)
        try repo.tag("v1.0.0")
        try repo.branch("release-1.0")
        try repo.checkout("main")
        let first = try repo.squashPR(number: 10, title: "Fix a leaked file handle", files: ["a.go": "a1\n"], author: .carol)
        let second = try repo.squashPR(number: 11, title: "Fix a race in the informer", files: ["b.go": "b1\n"], author: .alice)
        for (line, base) in [("1.0", 20), ("0.9", 30)] {
            try repo.checkout("release-" + line)
            try repo.mergePR(number: base, title: "[release-\(line)] Fix a leaked file handle", branch: "cherry-pick-10-to-release-\(line)", owner: "k8s-infra-cherrypick-robot") { repo in
                try repo.cherryPick(first)
            }
            try repo.tag("v\(line).1")
            try repo.mergePR(number: base + 1, title: "[release-\(line)] Fix a race in the informer", branch: "cherry-pick-11-to-release-\(line)", owner: "k8s-infra-cherrypick-robot") { repo in
                try repo.cherryPick(second)
            }
            try repo.tag("v\(line).2")
        }
        // A fix made on release-1.0 and ported forward to main before it merged there, rebased: the release branch's
        // change has the port's patch and comes later, yet the port names it as its original, so it is not a pick.
        try repo.checkout("release-1.0")
        try repo.branch("release-script")
        let script = try repo.commit("Fix the release script", files: ["release.sh": "tag exactly\n"], author: .bob)
        try repo.checkout("main")
        try repo.mergePR(number: 41, title: "[main] Fix the release script", branch: "cherry-pick-40-to-main", owner: "k8s-infra-cherrypick-robot") { repo in
            try repo.cherryPick(script)
        }
        try repo.checkout("release-1.0")
        try repo.mergePR(number: 40, title: "Fix the release script", branch: "release-script-rebased", owner: "bob") { repo in
            try repo.cherryPick(script, trailer: false)
        }
        try repo.tag("v1.0.3")
        try repo.checkout("main")
        try repo.squashPR(number: 12, title: "Add the changelog for v1.1.0", files: ["CHANGELOG.md": "v1.1.0\n"], author: .bob)
        try repo.tag("v1.1.0")
    }, runs: [.json("notes-v1.1.0.json", to: "v1.1.0"), .notes("notes-v1.1.0.md", to: "v1.1.0"), .changelog("CHANGELOG.md")])
}
