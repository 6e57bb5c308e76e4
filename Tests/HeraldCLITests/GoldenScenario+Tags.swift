import SampleRepositories
@testable import HeraldCLI

/// Scenarios for tags that are not releases, no tags at all, and clones without full history.
extension GoldenScenario {
    static let oddTags = GoldenScenario(name: "odd-tags", script: { repo in
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Add webhook", author: .alice)
        try repo.tag("v5.0.0-rc2-webhook")
        try repo.tag("client/v6.0.0")
        try repo.tag("latest")
        try repo.squashPR(number: 2, title: "Fix webhook certificate reload", author: .bob)
        try repo.tag("v1.1.0")
    }, runs: [.releases("releases.txt"), .notes("notes-v1.1.0.md", to: "v1.1.0"), .notes("unknown-ref.txt", to: "v1.1.9")])

    static let noTags = GoldenScenario(name: "no-tags", script: { repo in
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.squashPR(number: 1, title: "Add the controller", author: .alice)
        try repo.squashPR(number: 2, title: "Fix startup", author: .bob)
    }, runs: [
        .notes("notes.md"), .notes("notes-from-first.md", from: "HEAD~2"), .nextVersion("next-version.txt"),
        .releases("releases.txt"), .changelog("changelog.txt"),
    ])

    static let shallowClone = GoldenScenario(name: "shallow-clone", script: { repo in
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Add the controller", author: .alice)
    }, runs: [
        Run(file: "notes.txt") { repo in
            let clone = try repo.shallowClone()
            defer { clone.remove() }
            return try NotesAction(repo: clone.path).run()
        },
    ])
}
