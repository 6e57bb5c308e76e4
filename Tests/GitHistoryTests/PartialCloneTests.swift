import Foundation
import SampleRepositories
import Testing
@testable import GitHistory
import HeraldSupport

/// Herald never makes git fetch objects: in a partial clone, a missing blob stays missing and is reported as such.
@Suite struct PartialCloneTests {
    /// A repository with manifests at two levels and its `--filter=blob:none` clone.
    static func partialClone() throws -> (origin: ScratchRepository, clone: ScratchRepository) {
        let origin = try ScratchRepository()
        try origin.commit("One", files: ["deploy/a.yaml": "image: a:v1\n", "deploy/sub/b.yaml": "image: b:v1\n"])
        try origin.tag("v1.0.0")
        try origin.commit("Two", files: ["deploy/sub/b.yaml": "image: b:v2\n", "main.go": "package main\n"])
        try origin.tag("v1.1.0")
        return (origin, try origin.partialClone())
    }

    /// The objects the clone lacks, listed without fetching any (`--missing=print` turns lazy fetching off).
    static func missing(in clone: ScratchRepository) throws -> Set<String> {
        let listed = try clone.git("rev-list", "--objects", "--missing=print", "--all")
        return Set(listed.split(separator: "\n").filter { $0.hasPrefix("?") }.map { String($0.dropFirst()) })
    }

    /// Runs `body` on another thread and fails the test if it takes longer than `seconds`.
    static func finishes<T>(within seconds: Double, _ body: @escaping () throws -> T) throws -> T {
        let done = DispatchSemaphore(value: 0)
        let result = Locked<Result<T, Error>?>(nil)
        // The body runs on one other thread while this one only waits, never at the same time as the caller.
        let work = Locked(body)
        Thread.detachNewThread {
            result.set(Result { try work.get()() })
            done.signal()
        }
        guard done.wait(timeout: .now() + seconds) == .success, let answer = result.get() else {
            throw TestFailure("still waiting after \(seconds) seconds")
        }
        return try answer.get()
    }

    @Test func everyGitChildRunsWithFetchingTurnedOffWhateverTheCallerSet() {
        // A CI job's own settings must not turn fetching back on.
        let caller = ["PATH": "/usr/bin:/bin", "GIT_NO_LAZY_FETCH": "0", "GIT_ALLOW_PROTOCOL": "file:https", "GIT_TERMINAL_PROMPT": "1", "HOME": "/h"]
        let environment = GitLaunch(inheriting: caller).environment
        #expect(environment["GIT_NO_LAZY_FETCH"] == "1", "git 2.44 and later")
        #expect(environment["GIT_ALLOW_PROTOCOL"] == GitEnvironment.noTransport, "older gits: no transport may run")
        #expect(environment["GIT_TERMINAL_PROMPT"] == "0")
        #expect(environment["HOME"] == "/h", "the rest of the caller's environment is kept")
    }

    @Test func gitIsFoundOnTheCallersPathNotHeralds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herald-path-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fake = folder + "/git"
        #expect(FileManager.default.createFile(atPath: fake, contents: Data("#!/bin/sh\nexit 0\n".utf8), attributes: [.posixPermissions: 0o755]))
        #expect(GitLaunch(inheriting: ["PATH": folder + ":/usr/bin:/bin"]).executable == fake)
    }

    @Test func blobsMissingFromAPartialCloneAreNilWhenThePromisorIsGone() throws {
        let (origin, clone) = try Self.partialClone()
        defer { clone.remove() }
        let blobs = try ["v1.0.0:deploy/a.yaml", "v1.0.0:deploy/sub/b.yaml", "v1.1.0:deploy/sub/b.yaml"].map { try clone.git("rev-parse", $0) }
        #expect(try Self.missing(in: clone).isSuperset(of: blobs), "the clone starts without its blobs")
        origin.remove()
        let reader = try GitObjectReader(repository: GitRepository(path: clone.path, launch: .inherited))
        defer { reader.close() }
        let objects = try Self.finishes(within: 30) {
            try reader.read(batch: ["v1.0.0^{tree}", blobs[0], "v1.0.0:deploy", blobs[1], blobs[2], "v1.1.0:deploy/sub"])
        }
        #expect(objects.map { $0?.type } == ["tree", nil, "tree", nil, nil, "tree"])
        #expect(objects[5]?.treeEntries.map(\.name) == ["b.yaml"])
        // The reader still answers after git gave up on a missing object.
        #expect(try reader.read(batch: ["v1.1.0^{tree}"]).first??.type == "tree")
    }

    @Test func gitEndingWhileARequestIsWrittenDoesNotEndHerald() throws {
        let (origin, clone) = try Self.partialClone()
        defer { origin.remove(); clone.remove() }
        let blob = try clone.git("rev-parse", "v1.0.0:deploy/a.yaml")
        let reader = try GitObjectReader(repository: GitRepository(path: clone.path, launch: .inherited))
        defer { reader.close() }
        // Far more than a pipe holds: git ends at the first name while the rest is still being written.
        let trees = Array(repeating: "v1.0.0:deploy/sub", count: 20_000)
        let objects = try Self.finishes(within: 60) { try reader.read(batch: [blob] + trees) }
        #expect(objects.count == 20_001)
        #expect(objects.first ?? nil == nil)
        #expect(objects.dropFirst().allSatisfy { $0?.type == "tree" })
    }

    @Test func aPartialCloneNeverFetchesFromAReachablePromisor() throws {
        let (origin, clone) = try Self.partialClone()
        defer { origin.remove(); clone.remove() }
        let before = try Self.missing(in: clone)
        let blob = try clone.git("rev-parse", "v1.1.0:deploy/sub/b.yaml")
        let repository = try GitRepository(path: clone.path, launch: .inherited)
        let reader = try GitObjectReader(repository: repository)
        defer { reader.close() }
        #expect(try reader.read(batch: [blob, "v1.1.0:main.go", "v1.1.0^{tree}"]).map { $0?.type } == [nil, nil, "tree"])
        let graph = try repository.graph(include: ["v1.1.0"], withFiles: true)
        #expect(graph.commits.map(\.files) == [["deploy/sub/b.yaml", "main.go"], ["deploy/a.yaml", "deploy/sub/b.yaml"]])
        #expect(try Self.missing(in: clone) == before, "no object was fetched")
        #expect(before.contains(blob))
    }

    @Test func aPromisorThatNeverAnswersDoesNotBlock() throws {
        let (origin, clone) = try Self.partialClone()
        defer { origin.remove(); clone.remove() }
        let silent = try SilentListener()
        defer { silent.close() }
        // git connects, sends its request and would wait for an answer forever.
        try clone.git("config", "remote.origin.url", "git://127.0.0.1:\(silent.port)/repo")
        let blob = try clone.git("rev-parse", "v1.0.0:deploy/a.yaml")
        let path = clone.path
        let objects = try Self.finishes(within: 30) {
            let reader = try GitObjectReader(repository: GitRepository(path: path, launch: .inherited))
            defer { reader.close() }
            return try reader.read(batch: [blob, "v1.0.0^{tree}"]).map { $0?.type }
        }
        #expect(objects == [nil, "tree"])
    }
}

extension PartialCloneTests {
    @Test func patchIDsReadAroundMissingBlobsWithoutFetching() throws {
        let (origin, clone) = try Self.partialClone()
        defer { origin.remove(); clone.remove() }
        // The newest blobs are in the clone once checked out; the first commit's are not.
        let commits = [try clone.sha("v1.0.0"), try clone.sha("v1.1.0")]
        let repository = try GitRepository(path: clone.path, launch: .inherited)
        let read = try Self.finishes(within: 60) { try repository.patchIDsSkippingUnreadable(of: commits) }
        #expect(read.unread + read.ids.count == 2, "each commit is read or counted unread")
        #expect(read.unread >= 1, "a commit whose blobs are missing is skipped, not fetched")
        #expect(try Self.missing(in: clone).count >= 1, "nothing was fetched")
    }
}
