import Foundation
import GitHub
import LoopbackGitHub
import SampleRepositories
import Testing
@testable import HeraldCLI

/// `herald lint`: a range passes when every pull request is classified and user-facing ones carry a note; a note is
/// called missing only where the pull request's description was read.
@Suite struct LintActionTests {
    @Test func findsUnknownKindsAndCountsUncheckedNotesThenPasses() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        try repo.squashPR(number: 5, title: "Tidy the controller", author: .alice)
        #expect {
            try LintAction(notes: NotesAction(repo: repo.path)).run()
        } throws: { error in
            guard let failure = error as? LintFailure else { return false }
            return failure.count == 1
                && failure.report == "#5 Tidy the controller: unknown kind; add a kind/* label, a /kind line or a Conventional Commits type\n"
                    + "2 pull requests: release note not checked, description unknown offline; run with --github and GITHUB_TOKEN set\n"
        }
        // The squash body's note is known without GitHub: nothing is left unchecked.
        #expect(try LintAction(notes: NotesAction(repo: repo.path, from: "HEAD~3", to: "HEAD~2")).run().text == "")
        // Configured allow patterns let matching titles pass.
        try repo.write([".herald.yml": "lint:\n  allow: [\"^Tidy \", \"^Add snapshot\", \"^Fix cache\"]\n"])
        #expect(try LintAction(notes: NotesAction(repo: repo.path)).run().text == "")
    }

    @Test func unknownDescriptionsAloneAreNoFailure() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let output = try LintAction(notes: NotesAction(repo: repo.path, offline: true)).run()
        #expect(output.text == "2 pull requests: release note not checked, description unknown offline; run with --github and GITHUB_TOKEN set\n")
    }

    @Test func partlyCachedDescriptionsAreCheckedWhereRead() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let server = try LoopbackServer { request, _ in Self.graphQL(request, known: [2: Self.pull(2, body: "Lists snapshots.")]) }
        defer { server.stop() }
        let api = GitHubAPI(baseURL: server.baseURL, token: LoopbackGitHub.token, retryBudget: 5, pause: { _ in })
        let missing = "#2 Add snapshot listing: no release note; add a ```release-note block to the description\n"
        #expect {
            try LintAction(notes: NotesAction(repo: repo.path, github: true, api: api)).run()
        } throws: { error in
            (error as? LintFailure)?.report == missing + "1 pull request: release note not checked, github returned no description\n"
        }
        // Offline, the cache answers for #2 alone.
        #expect {
            try LintAction(notes: NotesAction(repo: repo.path, offline: true, api: api)).run()
        } throws: { error in
            (error as? LintFailure)?.report
                == missing + "1 pull request: release note not checked, description unknown offline; run with --github and GITHUB_TOKEN set\n"
        }
        #expect(server.requests.count == 1)
    }

    @Test func fullyKnownDescriptionsLintAsBefore() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let note = "```release-note\nSnapshots are listed.\n```"
        let server = try LoopbackServer { request, _ in
            Self.graphQL(request, known: [2: Self.pull(2, body: note), 3: Self.pull(3, body: ""), 4: Self.pull(4, body: "")])
        }
        defer { server.stop() }
        let api = GitHubAPI(baseURL: server.baseURL, token: LoopbackGitHub.token, retryBudget: 5, pause: { _ in })
        #expect {
            try LintAction(notes: NotesAction(repo: repo.path, github: true, api: api)).run()
        } throws: { error in
            (error as? LintFailure)?.report == "#4 Fix cache expiry: no release note; add a ```release-note block to the description\n"
        }
    }

    /// Since v1.0.0: a feature and a fix without notes in git, a fix whose squash body has one, and a documentation change.
    static func repository() throws -> ScratchRepository {
        let repo = try ScratchRepository()
        try repo.commit("Initial commit", files: [".herald.yml": "repository: example/storage\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "docs: explain retries", author: .carol)
        try repo.squashPR(number: 2, title: "Add snapshot listing", author: .bob)
        try repo.squashPR(number: 3, title: "Fix retry loop", body: "```release-note\nRetries stop after five attempts.\n```", author: .carol)
        try repo.squashPR(number: 4, title: "Fix cache expiry", author: .alice)
        return repo
    }

    /// The GraphQL answer for the pull requests of `known` that `request` asks for; others are left out, as for a
    /// number GitHub does not know.
    static func graphQL(_ request: LoopbackServer.Request, known: [Int: String]) -> LoopbackServer.Answer {
        guard request.method == "POST", request.path == "/graphql" else { return .init(status: 404) }
        let asked = known.keys.filter { request.body.contains("pr\($0): pullRequest(number: \($0))") }.sorted()
        let data = asked.map { "\"pr\($0)\": \(known[$0] ?? "null")" }.joined(separator: ",")
        return .init(status: 200, body: #"{"data":{"repository":{\#(data)}}}"#)
    }

    /// One pull request as GraphQL answers it, with `body` as its description and no labels.
    static func pull(_ number: Int, body: String) -> String {
        let escaped = body.replacingOccurrences(of: "\n", with: "\\n")
        return #"{"number":\#(number),"title":"PR \#(number)","body":"\#(escaped)","updatedAt":"2024-01-02T00:00:00Z","mergedAt":"2024-01-02T00:00:00Z","author":{"login":"gh-\#(number)"},"labels":{"nodes":[]}}"#
    }
}
