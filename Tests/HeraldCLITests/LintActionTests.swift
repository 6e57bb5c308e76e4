import SampleRepositories
import Testing
@testable import HeraldCLI

/// `herald lint`: a range passes when every pull request is classified and user-facing ones carry a note.
@Suite struct LintActionTests {
    @Test func findsUnknownKindsAndMissingNotesThenPasses() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Tidy the controller", author: .alice)
        try repo.squashPR(number: 2, title: "Add snapshot listing", author: .bob)
        try repo.squashPR(number: 3, title: "Fix retry loop", body: "```release-note\nRetries stop after five attempts.\n```", author: .carol)
        try repo.squashPR(number: 4, title: "docs: explain retries", author: .carol)
        #expect {
            try LintAction(notes: NotesAction(repo: repo.path)).run()
        } throws: { error in
            guard let failure = error as? LintFailure else { return false }
            return failure.count == 2
                && failure.report.contains("#1 Tidy the controller: unknown kind")
                && failure.report.contains("#2 Add snapshot listing: no release note")
        }
        #expect(throws: Never.self) { try LintAction(notes: NotesAction(repo: repo.path, from: "HEAD~2")).run() }
        // Configured allow patterns let matching titles pass.
        try repo.write([".herald.yml": "lint:\n  allow: [\"^Tidy \", \"^Add snapshot\"]\n"])
        #expect(throws: Never.self) { try LintAction(notes: NotesAction(repo: repo.path)).run() }
    }
}
