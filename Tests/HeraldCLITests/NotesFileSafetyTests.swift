import HeraldSupport
import Foundation
import SampleRepositories
import Testing
@testable import HeraldCLI

/// Notes files and drafts are committed, so untrusted: Herald reads and writes them only as regular files
/// inside the repository, and never publishes what a link points at.
@Suite struct NotesFileSafetyTests {
    static let secret = "GITHUB_TOKEN=ghs_secretValue1234567890"

    /// A repository with v1.0.0, one PR, and a secret file outside it; the caller removes both.
    static func repository() throws -> (ScratchRepository, outside: String) {
        let repo = try ScratchRepository()
        try repo.commit("Initial commit", files: [".herald.yml": "repository: example/storage\n", "main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Add snapshot listing", author: .alice)
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("herald-secret-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try (secret + "\n").write(toFile: outside + "/environ", atomically: true, encoding: .utf8)
        return (repo, outside)
    }

    @Test func aLinkedNotesFileIsNeverPublished() throws {
        let (repo, outside) = try Self.repository()
        defer { repo.remove(); try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.createDirectory(atPath: repo.path + "/releases/storage", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/releases/storage/v1.1.0.md", withDestinationPath: outside + "/environ")
        try repo.commit("Add notes of v1.1.0")
        try repo.tag("v1.1.0")
        let notes = try NotesAction(repo: repo.path, to: "v1.1.0").run()
        let changelog = try ChangelogAction(repo: repo.path).run()
        let json = try NotesAction(repo: repo.path, to: "v1.1.0", format: .json).run()
        for output in [notes, changelog, json] {
            #expect(!output.text.contains("ghs_secretValue"))
            #expect(output.text.contains("Add snapshot listing"), "the notes are generated instead")
            #expect(output.diagnostics.contains { $0.code == .unsafeNotesFile && $0.message.contains("symbolic link") })
        }
    }

    @Test func aLinkedDraftIsRefusedAndNeverSent() throws {
        let (repo, outside) = try Self.repository()
        defer { repo.remove(); try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.createDirectory(atPath: repo.path + "/releases/storage", withIntermediateDirectories: true)
        let draft = repo.path + "/releases/storage/v1.1.0.md"
        try FileManager.default.createSymbolicLink(atPath: draft, withDestinationPath: outside + "/environ")
        #expect { try DraftAction(repo: repo.path, version: "v1.1.0", format: .json, today: "2024-06-01").run() } throws: { error in
            let text = String(describing: error)
            return text.contains("symbolic link") && !text.contains("ghs_secretValue")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: draft) == outside + "/environ", "the link is left as it was")
        #expect(try String(contentsOfFile: outside + "/environ", encoding: .utf8) == Self.secret + "\n")
    }

    @Test func aDraftsFolderLinkedOutsideIsRefused() throws {
        let (repo, outside) = try Self.repository()
        defer { repo.remove(); try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/releases", withDestinationPath: outside)
        #expect { try DraftAction(repo: repo.path, version: "v1.1.0", today: "2024-06-01").run() } throws: { error in
            String(describing: error).contains("outside the repository")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside) == ["environ"], "nothing is written outside")
        // A link to a folder inside the repository is fine.
        try FileManager.default.removeItem(atPath: repo.path + "/releases")
        try FileManager.default.createDirectory(atPath: repo.path + "/docs/notes", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/releases", withDestinationPath: "docs/notes")
        _ = try DraftAction(repo: repo.path, version: "v1.1.0", today: "2024-06-01").run()
        #expect(FileManager.default.fileExists(atPath: repo.path + "/docs/notes/storage/v1.1.0.md"))
    }

    @Test func aLinkedConfigurationOutsideIsRefusedWithoutEchoingIt() throws {
        let (repo, outside) = try Self.repository()
        defer { repo.remove(); try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.removeItem(atPath: repo.path + "/.herald.yml")
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/.herald.yml", withDestinationPath: outside + "/environ")
        let result = try HeraldExecutableTests.run(["notes", "--repo", repo.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("leads outside the repository"), "\(result.stderr)")
        #expect(!result.stderr.contains("ghs_secretValue") && !result.stdout.contains("ghs_secretValue"))
    }

    @Test func aBareRepositoryGetsNoDraftInItsGitFolder() throws {
        let (repo, outside) = try Self.repository()
        defer { repo.remove(); try? FileManager.default.removeItem(atPath: outside) }
        let bare = outside + "/bare.git"
        try repo.git("clone", "-q", "--bare", repo.path, bare)
        let result = try HeraldExecutableTests.run(["draft", "--repo", bare, "--version", "v1.1.0"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no work tree"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: bare + "/releases"))
    }
}
