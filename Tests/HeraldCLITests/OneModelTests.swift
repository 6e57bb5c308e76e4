import Foundation
import GitHub
import ReleaseNotes
import SampleRepositories
import LoopbackGitHub
import Testing
@testable import HeraldCLI
import ReleasePipeline

/// One release, one model: the notes of a release, its changelog entry and its site page are read by the same
/// pipeline, pull request metadata included, so they never classify a change differently.
@Suite(.serialized) struct OneModelTests {
    @Test func notesJSONEqualsTheChangelogsAndTheSitesModelWithPullRequestMetadata() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        let config = "repository: example/storage\ndrafts:\n  pullRequestMetadata: true\n"
        try repo.commit("Initial commit", files: [".herald.yml": config])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Add snapshot listing", author: .alice)
        try repo.squashPR(number: 2, title: "Bump test image", author: .bob)
        try repo.tag("v1.1.0")
        let server = try LoopbackServer(respond: PullRequestMetadataTests.graphQL)
        defer { server.stop() }
        let withToken = GitHubAPI(baseURL: server.baseURL, token: LoopbackGitHub.token, retryBudget: 5, pause: { _ in })
        let notes = try NotesAction(repo: repo.path, to: "v1.1.0", format: .json, github: true, api: withToken).run().text
        #expect(notes.contains("Snapshots are listed page by page."), "the note came from the pull request")

        // The changelog and the site read every release through ProjectHistory.allNotes, with the configured
        // metadata; without a token that is the cache the notes filled.
        let cacheOnly = GitHubAPI(baseURL: server.baseURL, token: nil, retryBudget: 5, pause: { _ in })
        let scope = try ProjectScope.load(repo: repo.path, config: nil, component: nil, single: false)
        let source = try scope.pullRequestSource(repo: repo.path, github: false, offline: false, api: cacheOnly)
        var history = scope.histories(pullRequests: source)[0]
        let entry = try #require(try history.allNotes().first { $0.version?.tagName == "v1.1.0" })
        #expect(try JSONOutput.string(entry) == notes)

        let changelog = try ChangelogAction(repo: repo.path, api: cacheOnly).run().text
        #expect(changelog.contains("- Snapshots are listed page by page. ([#1](https://github.com/example/storage/pull/1), [@alice-gh](https://github.com/alice-gh))"))
        #expect(!changelog.contains("- Bump test image"), "labelled release-note-none, as in the notes")
        let output = repo.path + "/.git/site-out"
        _ = try SiteAction(repo: repo.path, output: output, api: cacheOnly).run()
        let files = FileManager.default.enumerator(atPath: output)?.allObjects as? [String] ?? []
        let pagePath = try #require(files.first { $0.hasSuffix("v1.1.0.html") }, "\(files)")
        let page = try String(contentsOfFile: output + "/" + pagePath, encoding: .utf8)
        #expect(page.contains("Snapshots are listed page by page."))
        #expect(server.requests.count == 1, "the changelog and the site asked GitHub nothing")
    }
}

/// A failing pipeline stage stamps its name on the error; the printed line stays the module's own unless `--verbose`.
@Suite(.serialized) struct PipelineStageTests {
    @Test func aFailingMetadataReadNamesItsStage() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try repo.commit("Initial commit", files: [".herald.yml": "repository: example/storage\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Add snapshot listing", author: .alice)
        let server = try LoopbackServer { _, _ in .init(status: 404, body: #"{"message":"Not Found"}"#) }
        defer { server.stop() }
        let api = GitHubAPI(baseURL: server.baseURL, token: LoopbackGitHub.token, retryBudget: 5, pause: { _ in })
        let error = try #require(throws: ReleasePipelineError.self) { try NotesAction(repo: repo.path, github: true, api: api).run() }
        #expect(error.stage == .readPullRequests)
        #expect(error.underlying is GitHubError)
        #expect(Console.message(for: error).hasPrefix("POST /graphql: 404 not found"), "\(Console.message(for: error))")
        let unknown = try #require(throws: ReleasePipelineError.self) { try NotesAction(repo: repo.path, to: "v9.9.9").run() }
        #expect(unknown.stage == .resolveRefs)
    }
}
