import Foundation
import GitHistory
import SampleRepositories
import Testing
@testable import ReleasePipeline

/// The notes of a range read beside the tags are the notes read after them, and a range read early counts only for
/// the very commits and paths asked for.
@Suite struct EarlyRangeGraphTests {
    static let launch = GitLaunch(inheriting: ProcessInfo.processInfo.environment)

    /// A repository with two releases, pull requests between them, and a component narrower than the whole tree.
    static func repository() throws -> ScratchRepository {
        let scratch = try ScratchRepository()
        try scratch.commit("Initial", files: [".herald.yml": "components:\n  - name: app\n    paths: ['app/**']\n"])
        try scratch.tag("v1.0.0", annotated: true)
        try scratch.mergePR(number: 1, title: "Add the widget", commits: [("Add the widget", ["app/widget.go": "package app\n"])])
        try scratch.mergePR(number: 2, title: "Fix the docs", commits: [("Fix the docs", ["docs/index.md": "# Docs\n"])])
        try scratch.tag("v1.1.0", annotated: true)
        return scratch
    }

    @Test(arguments: [("v1.0.0", "v1.1.0"), ("v1.0.0", "HEAD"), ("v1.0.0", "main"), ("main", "main")])
    func notesReadBesideTheTagsAreTheNotesReadAfterThem(from: String, to: String) throws {
        let scratch = try Self.repository()
        defer { scratch.remove() }
        let early = try Project.open(path: scratch.path, configurationFile: nil, launch: Self.launch, range: (from, to))
        let late = try Project.open(path: scratch.path, configurationFile: nil, launch: Self.launch)
        let graph = try #require(early.earlyRange, "the range was not read beside the tags")
        #expect(graph.withFiles)
        var withEarly = early.histories()[0], withoutEarly = late.histories()[0]
        #expect(try withEarly.notes(from: from, to: to) == withoutEarly.notes(from: from, to: to))
        #expect(withEarly.earlyRange == nil, "the early graph is let go once used")
    }

    @Test func aRangeGitCannotReadIsLeftToTheUsualRead() throws {
        let scratch = try Self.repository()
        defer { scratch.remove() }
        let repository = try GitRepository(path: scratch.path, launch: Self.launch)
        #expect(EarlyRangeGraph.read(from: "v9.9.9", to: "HEAD", in: repository, withFiles: false) == nil)
        #expect(EarlyRangeGraph.read(from: "--output=/tmp/x", to: "HEAD", in: repository, withFiles: false) == nil)
        // The usual read reports the unknown ref, with the nearest names.
        var history = try Project.open(path: scratch.path, configurationFile: nil, launch: Self.launch, range: ("v1.0.9", "HEAD")).histories()[0]
        let error = try #require(throws: ReleasePipelineError.self) { try history.notes(from: "v1.0.9", to: "HEAD") }
        #expect("\(error)".contains("unknown ref 'v1.0.9': did you mean v1.0.0"))
    }

    @Test func anEarlyGraphCountsOnlyForItsOwnEndsAndPaths() throws {
        let scratch = try Self.repository()
        defer { scratch.remove() }
        let repository = try GitRepository(path: scratch.path, launch: Self.launch)
        let early = try #require(EarlyRangeGraph.read(from: "v1.0.0", to: "v1.1.0", in: repository, withFiles: true))
        let ends = try repository.resolve(["v1.1.0", "v1.0.0"])
        #expect(early.graph(tip: ends[0], base: ends[1], withFiles: true)?.count == early.graph.count)
        #expect(early.graph(tip: ends[0], base: ends[1], withFiles: false) == nil)
        #expect(early.graph(tip: ends[1], base: ends[1], withFiles: true) == nil)
        #expect(early.graph(tip: ends[0], base: nil, withFiles: true) == nil)
    }
}
