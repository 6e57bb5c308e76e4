import SampleRepositories
@testable import HeraldCLI

/// A release branch whose picks are named the many ways people and robots title them.
extension GoldenScenario {
    static let cherryPickTitles = GoldenScenario(name: "cherry-pick-titles", script: { repo in
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.mergePR(number: 1, title: "Add snapshot controller", branch: "controller", owner: "alice")
        try repo.tag("v1.0.0", annotated: true, message: "v1.0.0")
        try repo.mergePR(number: 2, title: "Fix nil pointer in controller", branch: "nil-pointer", owner: "carol", author: .carol)
        try repo.squashPR(number: 3, title: "Fix event recorder race", body: "/kind bug", author: .bob)
        try repo.squashPR(number: 4, title: "Update CSI sidecars", author: .alice)
        let resize = try repo.mergePR(number: 5, title: "Fix XFS resize on expansion", branch: "xfs", owner: "bob", author: .bob)
        let cve = try repo.squashPR(number: 6, title: "fix: bump golang.org/x/net for CVE-2022-41723", author: .carol)
        try repo.squashPR(number: 7, title: "Fix lease renewal", author: .bob)
        try repo.squashPR(number: 8, title: "Fix stale volume attachments", author: .alice)
        let quota = try repo.squashPR(number: 9, title: "XFS: fix quota on remount", author: .bob)
        // release-1.0 takes the fixes back as new PRs; only the titles (or, where they name nothing, trailers) link them.
        try repo.branch("release-1.0", from: "v1.0.0")
        try repo.mergePR(number: 10, title: "Manual cherry pick of #2: Fix nil pointer in controller", branch: "pick-2", owner: "carol", author: .carol,
                         commits: [("Fix nil pointer in controller", ["nil.go": "fixed\n"])])
        try repo.squashPR(number: 11, title: "Cherry-pick #3 into release-1.0: Fix event recorder race", files: ["race.go": "fixed\n"], author: .bob)
        try repo.squashPR(number: 12, title: "Cherrypick #4 Update CSI sidecars", files: ["sidecars.txt": "v2\n"], author: .alice)
        try repo.mergePR(number: 13, title: "[Cherry-pick]Fix XFS resize on expansion", branch: "xfs-1.0", owner: "bob") { repo in
            try repo.cherryPick(resize)
        }
        try repo.squashPR(number: 14, title: "Cherry-pick fix: CVE-2022-41723", body: "(cherry picked from commit \(cve))",
                          files: ["go.mod": "golang.org/x/net v0.7.0\n"], author: .carol)
        try repo.mergePR(number: 15, title: "Cherry pick of #7 and #8: Fix lease renewal and stale attachments", branch: "picks", owner: "alice",
                         commits: [("Fix lease renewal", ["lease.go": "fixed\n"]), ("Fix stale volume attachments", ["attach.go": "fixed\n"])])
        try repo.squashPR(number: 16, title: "release-1.0: XFS: fix quota on remount", body: "(cherry picked from commit \(quota))",
                          files: ["quota.go": "fixed\n"], author: .bob)
        try repo.tag("v1.0.1", annotated: true, message: "v1.0.1")
        try repo.checkout("main")
        try repo.mergePR(number: 17, title: "Add group snapshots", branch: "groups", owner: "alice")
        try repo.tag("v1.1.0", annotated: true, message: "v1.1.0")
    }, runs: Run.both("notes-v1.0.1", to: "v1.0.1") + [.changelog("CHANGELOG.md")])
}
