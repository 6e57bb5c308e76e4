import Foundation
import SampleRepositories
import Testing
@testable import GitHistory

/// The partial-clone check and the remotes' addresses come from one read of the repository's settings.
@Suite struct GitSettingsTests {
    static func repository(_ settings: [[String]]) throws -> (ScratchRepository, GitRepository) {
        let scratch = try ScratchRepository()
        try scratch.commit("One", files: ["a.txt": "a\n"])
        for arguments in settings { try scratch.git(["config"] + arguments) }
        return (scratch, try GitRepository(path: scratch.path, launch: .inherited))
    }

    @Test func aPlainRepositoryIsNotPartialAndHasNoOrigin() throws {
        let (scratch, repository) = try Self.repository([])
        defer { scratch.remove() }
        #expect(repository.isPartialClone() == false)
        #expect(repository.remoteURL(named: "origin") == nil)
    }

    @Test func theLastURLOfARemoteWinsAndOtherRemotesAreApart() throws {
        let (scratch, repository) = try Self.repository([
            ["remote.origin.url", "https://github.com/first/one.git"],
            ["--add", "remote.origin.url", " https://github.com/owner/repo with space.git\n"],
            ["remote.Upstream.url", "https://github.com/up/stream.git"],
            ["remote.odd.url", "true"],
        ])
        defer { scratch.remove() }
        #expect(repository.remoteURL(named: "origin") == "https://github.com/owner/repo with space.git")
        #expect(repository.remoteURL(named: "Upstream") == "https://github.com/up/stream.git")
        #expect(repository.remoteURL(named: "upstream") == nil, "a remote's name keeps its case")
        #expect(repository.remoteURL(named: "origin.url") == nil)
        #expect(repository.isPartialClone() == false, "a URL that reads true marks nothing")
    }

    @Test(arguments: [
        ([["remote.origin.promisor", "true"]], true),
        ([["remote.origin.promisor", "TRUE"]], true),
        ([["remote.origin.promisor", "false"]], false),
        ([["extensions.partialClone", "origin"]], true),
        ([["core.repositoryformatversion", "1"], ["extensions.partialClone", ""]], true),
    ] as [([[String]], Bool)])
    func aPromisorRemoteOrThePartialCloneExtensionMakesAPartialClone(_ settings: [[String]], _ partial: Bool) throws {
        let (scratch, repository) = try Self.repository(settings)
        defer { scratch.remove() }
        #expect(repository.isPartialClone() == partial, "\(settings)")
    }

    @Test func copiesShareOneRead() throws {
        let (scratch, repository) = try Self.repository([["remote.origin.url", "https://github.com/owner/repo.git"]])
        defer { scratch.remove() }
        let copy = repository
        #expect(copy.remoteURL(named: "origin") == "https://github.com/owner/repo.git")
        // Changed after the first read: every copy keeps what was read, as one command sees one repository.
        try scratch.git("config", "remote.origin.url", "https://github.com/other/repo.git")
        #expect(repository.remoteURL(named: "origin") == "https://github.com/owner/repo.git")
    }
}
