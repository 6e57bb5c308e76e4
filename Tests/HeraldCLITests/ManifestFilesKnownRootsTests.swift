import Foundation
import GitHistory
import SampleRepositories
import Testing
@testable import ReleasePipeline

/// `ManifestFiles` reads a revision's root by the tree the tag list gave, and through the commit otherwise.
@Suite struct ManifestFilesKnownRootsTests {
    @Test func aKnownRootIsReadByItsTreeAndOthersThroughTheirCommit() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        let first = try scratch.commit("One", files: ["deploy/one.yaml": "a: 1\n"])
        let second = try scratch.commit("Two", files: ["deploy/two.yaml": "b: 2\n"])
        let secondTree = try scratch.git("rev-parse", "\(second)^{tree}")
        let reader = try GitObjectReader(repository: GitRepository(path: scratch.path, launch: GitLaunch(inheriting: ProcessInfo.processInfo.environment)))
        defer { reader.close() }
        func paths(known: [String: String], start: String) throws -> [String] {
            let files = ManifestFiles(reader: reader, knownRoots: known)
            let read = try files.files(at: [first], start: start, wanted: { $0.hasSuffix(".yaml") }, descend: { _ in true })
            return (read.found[first] ?? []).map { $0.path }
        }
        // Only the tree given says which files the second commit has beside the first's: the root was read by it.
        #expect(try paths(known: [:], start: "deploy/") == ["deploy/one.yaml"])
        #expect(try paths(known: [first: secondTree], start: "deploy/") == ["deploy/one.yaml", "deploy/two.yaml"])
        #expect(try paths(known: [first: secondTree], start: "") == ["deploy/one.yaml", "deploy/two.yaml"])
        #expect(try paths(known: [second: secondTree], start: "") == ["deploy/one.yaml"])
    }

    @Test func aKnownRootTheStoreLacksIsAMissingTree() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        let commit = try scratch.commit("One", files: ["deploy/one.yaml": "a: 1\n"])
        let reader = try GitObjectReader(repository: GitRepository(path: scratch.path, launch: GitLaunch(inheriting: ProcessInfo.processInfo.environment)))
        defer { reader.close() }
        let files = ManifestFiles(reader: reader, knownRoots: [commit: String(repeating: "0", count: 40)])
        let read = try files.files(at: [commit], start: "", wanted: { _ in true }, descend: { _ in true })
        #expect(read.found.isEmpty)
        #expect(read.missingFolders == [commit: [""]])
    }
}
