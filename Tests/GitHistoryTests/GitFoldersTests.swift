import Foundation
import SampleRepositories
import Testing
@testable import GitHistory

/// Shallowness and the git and common folders read from files, for each plain layout git knows, each answer
/// checked against `git rev-parse` in the same folder.
@Suite struct GitFoldersTests {
    /// A new empty folder, resolved so paths compare with git's.
    static func scratchFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.resolvingSymlinksInPath()
            .appendingPathComponent("herald-folders-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// `path` with its links resolved and `.` and `..` gone.
    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }

    /// Checks that the files of the repository at `folder` give what git says there, and that `GitRepository`
    /// opens it or refuses it as shallow accordingly; `scratch` runs git with its isolated configuration.
    static func expectAgreement(at folder: String, shallow: Bool, using scratch: ScratchRepository) throws {
        let found = try #require(GitFolders(at: folder, environment: [:]), "a plain layout at \(folder)")
        let answers = try scratch.git(
            "-C", folder, "rev-parse", "--is-shallow-repository", "--path-format=absolute", "--absolute-git-dir", "--git-common-dir"
        ).split(separator: "\n").map(String.init)
        #expect(answers.count == 3)
        #expect(answers.first == (shallow ? "true" : "false"), "git's own answer")
        #expect(found.isShallow == shallow)
        #expect(resolved(found.gitFolder) == resolved(answers[1]))
        #expect(resolved(found.commonFolder) == resolved(answers[2]))
        if shallow {
            #expect(throws: GitHistoryError.shallowClone(path: folder)) { try GitRepository(path: folder, launch: .inherited) }
        } else {
            #expect(throws: Never.self) { try GitRepository(path: folder, launch: .inherited) }
        }
    }

    /// A repository with two commits, for clones to cut short.
    static func twoCommits() throws -> ScratchRepository {
        let scratch = try ScratchRepository()
        try scratch.commit("One")
        try scratch.commit("Two")
        return scratch
    }

    @Test func aPlainRepositoryOpensWithoutGitAndAnUnusualOneAsksIt() throws {
        let scratch = try Self.twoCommits()
        defer { scratch.remove() }
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // git's own trace lists every git process started with this launch.
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TRACE"] = folder + "/trace"
        _ = try GitRepository(path: scratch.path, launch: GitLaunch(inheriting: environment))
        #expect(!FileManager.default.fileExists(atPath: folder + "/trace"), "no git started")
        environment["GIT_DIR"] = scratch.path + "/.git"
        _ = try GitRepository(path: scratch.path, launch: GitLaunch(inheriting: environment))
        let trace = try String(contentsOfFile: folder + "/trace", encoding: .utf8)
        #expect(trace.contains("rev-parse --is-shallow-repository"))
    }

    @Test func aRepositoryAndItsShallowCloneAgreeWithGit() throws {
        let scratch = try Self.twoCommits()
        defer { scratch.remove() }
        try Self.expectAgreement(at: scratch.path, shallow: false, using: scratch)
        // `file://`, so that git honours the depth.
        let clone = try scratch.shallowClone()
        defer { clone.remove() }
        try Self.expectAgreement(at: clone.path, shallow: true, using: scratch)
    }

    @Test func aLinkedWorktreeOfAShallowCloneReadsTheSharedShallowFile() throws {
        let scratch = try Self.twoCommits()
        defer { scratch.remove() }
        let clone = try scratch.shallowClone()
        defer { clone.remove() }
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try clone.git("worktree", "add", "-q", "--detach", folder + "/linked")
        let found = try #require(GitFolders(at: folder + "/linked", environment: [:]))
        #expect(Self.resolved(found.commonFolder) == Self.resolved(clone.path + "/.git"))
        #expect(found.gitFolder != found.commonFolder, "its own folder under worktrees/, with a commondir")
        try Self.expectAgreement(at: folder + "/linked", shallow: true, using: scratch)
    }

    @Test func aSubmodulesGitFileIsFollowedRelativeToItsFolder() throws {
        let upstream = try Self.twoCommits()
        defer { upstream.remove() }
        let superproject = try ScratchRepository()
        defer { superproject.remove() }
        let url = URL(fileURLWithPath: upstream.path).absoluteString
        try superproject.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", "--depth", "1", url, "shallow")
        try superproject.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", url, "whole")
        let text = try String(contentsOfFile: superproject.path + "/shallow/.git", encoding: .utf8)
        #expect(text == "gitdir: ../.git/modules/shallow\n", "a relative gitdir, as git writes it")
        try Self.expectAgreement(at: superproject.path + "/shallow", shallow: true, using: upstream)
        try Self.expectAgreement(at: superproject.path + "/whole", shallow: false, using: upstream)
    }

    @Test func bareRepositoriesAreTheirOwnGitFolder() throws {
        let scratch = try Self.twoCommits()
        defer { scratch.remove() }
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let url = URL(fileURLWithPath: scratch.path).absoluteString
        try scratch.git("clone", "-q", "--bare", url, folder + "/whole.git")
        try scratch.git("clone", "-q", "--bare", "--depth", "1", url, folder + "/shallow.git")
        #expect(GitFolders(at: folder + "/whole.git", environment: [:])?.gitFolder == folder + "/whole.git")
        try Self.expectAgreement(at: folder + "/whole.git", shallow: false, using: scratch)
        try Self.expectAgreement(at: folder + "/shallow.git", shallow: true, using: scratch)
    }
}
