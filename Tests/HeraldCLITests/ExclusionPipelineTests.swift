import Foundation
import GitHub
import LoopbackGitHub
import ReleasePipeline
import SampleRepositories
import Testing
@testable import HeraldCLI

/// `exclude` rules act once in the shared pipeline, after pull request metadata: every command leaves out the same changes.
@Suite(.serialized) struct ExclusionPipelineTests {
    @Test func theChangelogAndBackportsLeaveOutWhatTheNotesLeaveOut() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try GoldenScenario.exclusionRules.script(repo)
        let notes = try NotesAction(repo: repo.path, to: "v1.1.0", format: .json).run().text
        let scope = try ProjectScope.load(repo: repo.path, config: nil, component: nil, single: false)
        var history = scope.histories()[0]
        let entry = try #require(try history.allNotes().first { $0.version?.tagName == "v1.1.0" })
        #expect(try JSONOutput.string(entry) == notes, "the changelog and the site read the same model")
        #expect(entry.changes.compactMap(\.pullRequest) == [34, 30])
        #expect(entry.excluded.compactMap(\.pullRequest) == [35, 33, 32, 31])
        let backports = try BackportsAction(repo: repo.path).run().text
        #expect(backports.contains("#30") && backports.contains("#34"))
        for left in ["#31", "#32", "#33"] { #expect(!backports.contains(left), "\(left) in\n\(backports)") }
    }

    @Test func labelsAndLoginsFromGitHubCount() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        let config = "repository: example/storage\nexclude:\n  - label: skip-notes\n  - author: bob-gh\n    reason: bob's chores\n"
        try repo.commit("Initial commit", files: [".herald.yml": config])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Add snapshot listing", author: .alice)
        try repo.squashPR(number: 2, title: "Tidy the controller", author: .bob)
        let server = try LoopbackServer { request, _ in
            LintActionTests.graphQL(request, known: [
                1: #"{"number":1,"title":"Add snapshot listing","body":"","updatedAt":"2024-01-02T00:00:00Z","mergedAt":null,"author":{"login":"alice-gh"},"labels":{"nodes":[{"name":"skip-notes"}]}}"#,
                2: #"{"number":2,"title":"Tidy the controller","body":"","updatedAt":"2024-01-02T00:00:00Z","mergedAt":null,"author":{"login":"bob-gh"},"labels":{"nodes":[]}}"#,
            ])
        }
        defer { server.stop() }
        let api = GitHubAPI(baseURL: server.baseURL, token: LoopbackGitHub.token, retryBudget: 5, pause: { _ in })
        // From git alone there are no labels and no logins: nothing matches.
        let gitOnly = try NotesAction(repo: repo.path).document().document
        #expect(gitOnly.excluded.isEmpty && gitOnly.changes.count == 2)
        let read = try NotesAction(repo: repo.path, github: true, api: api).document().document
        #expect(read.changes.isEmpty)
        #expect(read.excluded.map(\.reason) == ["bob's chores (exclude[1])", "excluded by exclude[0] (label skip-notes)"])
    }
}
