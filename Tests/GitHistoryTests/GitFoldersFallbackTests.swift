import Foundation
import SampleRepositories
import Testing
@testable import GitHistory
#if canImport(Glibc)
import Glibc
#endif

/// Layouts `GitFolders` leaves to git: relocating variables, folders inside a work tree, and hostile `.git` files,
/// `commondir` files and shallow markers; git's answer still decides, and nothing blocks on a FIFO.
@Suite struct GitFoldersFallbackTests {
    /// A shallow clone of a two-commit repository, its origin and the folder both live in.
    static func shallowClone() throws -> (origin: ScratchRepository, clone: ScratchRepository) {
        let origin = try GitFoldersTests.twoCommits()
        return (origin, try origin.shallowClone())
    }

    /// Writes `text` to `path`.
    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func relocatingVariablesLeaveTheAnswerToGit() throws {
        let (origin, clone) = try Self.shallowClone()
        defer { origin.remove(); clone.remove() }
        for variable in GitFolders.relocatingVariables {
            #expect(GitFolders(at: origin.path, environment: [variable: "/elsewhere"]) == nil, "\(variable)")
        }
        // The origin's own files say whole; git, sent to the clone's folder, says shallow, and git decides.
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_DIR"] = clone.path + "/.git"
        let launch = GitLaunch(inheriting: environment)
        #expect(throws: GitHistoryError.shallowClone(path: origin.path)) { try GitRepository(path: origin.path, launch: launch) }
        #expect(throws: Never.self) { try GitRepository(path: origin.path, launch: .inherited) }
    }

    @Test func aFolderInsideAWorkTreeIsFoundByGit() throws {
        let (origin, clone) = try Self.shallowClone()
        defer { origin.remove(); clone.remove() }
        try FileManager.default.createDirectory(atPath: clone.path + "/deploy", withIntermediateDirectories: true)
        #expect(GitFolders(at: clone.path + "/deploy", environment: [:]) == nil)
        #expect(throws: GitHistoryError.shallowClone(path: clone.path + "/deploy")) {
            try GitRepository(path: clone.path + "/deploy", launch: .inherited)
        }
    }

    @Test func aShallowMarkerThatIsNotAListIsLeftToGit() throws {
        let scratch = try GitFoldersTests.twoCommits()
        defer { scratch.remove() }
        // git counts an empty `shallow` as shallow; an empty file is unusual, so git is asked.
        try Self.write("", to: scratch.path + "/.git/shallow")
        #expect(try #require(GitFolders(at: scratch.path, environment: [:])).isShallow == nil)
        #expect(try scratch.git("rev-parse", "--is-shallow-repository") == "true")
        #expect(throws: GitHistoryError.shallowClone(path: scratch.path)) { try GitRepository(path: scratch.path, launch: .inherited) }
        try FileManager.default.removeItem(atPath: scratch.path + "/.git/shallow")
        try FileManager.default.createDirectory(atPath: scratch.path + "/.git/shallow", withIntermediateDirectories: false)
        #expect(try #require(GitFolders(at: scratch.path, environment: [:])).isShallow == nil)
        #expect(try scratch.git("rev-parse", "--is-shallow-repository") == "false")
        #expect(throws: Never.self) { try GitRepository(path: scratch.path, launch: .inherited) }
    }

    @Test func hostileGitFilesAreNeverFollowedIntoFiles() throws {
        let (origin, clone) = try Self.shallowClone()
        defer { origin.remove(); clone.remove() }
        let work = clone.path
        let moved = work + "/../moved.git"
        try FileManager.default.moveItem(atPath: work + "/.git", toPath: moved)
        let layouts: [(String, String)] = [
            ("gitdir: ../moved.git\n", "the plain form, relative to the file's folder"),
            ("gitdir: ../moved.git\r\n", "the plain form with a CR LF, which git strips too"),
            ("gitdir: ../moved.git/HEAD\n", "a gitdir naming a file"),
            ("gitdir: ../moved.git\nsecond line\n", "two lines"),
            ("gitdir: ../moved.git\u{0}/objects\n", "a NUL, where git would stop reading"),
            ("gitdir:../moved.git\n", "no space after the colon"),
            ("gitdir: " + String(repeating: "a/", count: 2100) + "\n", "longer than a path"),
        ]
        for (text, reason) in layouts {
            try Self.write(text, to: work + "/.git")
            let found = GitFolders(at: work, environment: [:])
            #expect((found != nil) == reason.hasPrefix("the plain form"), "\(reason)")
        }
        try Self.write("gitdir: ../moved.git\n", to: work + "/.git")
        #expect(GitFolders(at: work, environment: [:])?.isShallow == true)
        // A FIFO where either small file belongs is refused by type, never opened for a read that would wait.
        try FileManager.default.removeItem(atPath: work + "/.git")
        #expect(mkfifo(work + "/.git", 0o600) == 0)
        #expect(GitFolders(at: work, environment: [:]) == nil)
        try FileManager.default.removeItem(atPath: work + "/.git")
        try Self.write("gitdir: ../moved.git\n", to: work + "/.git")
        #expect(mkfifo(moved + "/commondir", 0o600) == 0)
        #expect(GitFolders(at: work, environment: [:]) == nil)
        try FileManager.default.removeItem(atPath: moved + "/commondir")
        try Self.write("HEAD\n", to: moved + "/commondir")
        #expect(GitFolders(at: work, environment: [:]) == nil, "a common folder that is a file")
    }
}
