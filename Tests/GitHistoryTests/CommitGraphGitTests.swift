import SampleRepositories
import Testing
@testable import GitHistory

/// `CommitGraph.range` agrees with real `git log BASE..TIP` on a history with release branches and merges.
@Suite struct CommitGraphGitTests {
    /// main with PR merges, a release branch with a patch, a back-merge of the release branch and a topic branch.
    static func buildHistory() throws -> ScratchRepository {
        let repository = try ScratchRepository()
        let root = try repository.commit("Initial commit")
        try repository.tag("v0.1.0")
        try repository.mergePR(number: 1, title: "Add widget", commits: [("Add widget", [:]), ("Polish widget", [:])])
        try repository.tag("v1.0.0")
        try repository.branch("release-1.0")
        try repository.commit("Fix widget on 1.0")
        try repository.tag("v1.0.1")
        try repository.checkout("main")
        try repository.commit("Direct push")
        try repository.mergePR(number: 2, title: "Bring in the 1.0 fix") { repository in
            try repository.commit("Start gadget")
            try repository.git("merge", "-q", "--no-ff", "-m", "Merge branch 'release-1.0'", "release-1.0")
            try repository.commit("Finish gadget")
        }
        try repository.branch("topic", from: "v1.0.0")
        try repository.commit("Topic one")
        try repository.commit("Topic two")
        try repository.checkout("main")
        try repository.squashPR(number: 3, title: "Fix gadget")
        try repository.git("merge", "-q", "--no-ff", "-m", "Merge branch 'topic'", "topic")
        try repository.tag("v1.1.0", annotated: true)
        try repository.branch("old-root", from: root)
        try repository.commit("Unrelated work on an old branch")
        try repository.checkout("main")
        return repository
    }

    static let pairs: [(String, [String])] = [
        ("main", ["v0.1.0"]),
        ("main", ["v1.0.0"]),
        ("main", ["v1.0.1"]),
        ("v1.0.1", ["v1.0.0"]),
        ("v1.0.1", ["main"]),
        ("main", ["topic"]),
        ("topic", ["main"]),
        ("main", ["main~2"]),
        ("main", ["main^2"]),
        ("main^2", ["main"]),
        ("v1.0.0", ["v1.1.0"]),
        ("main", ["v1.0.1", "topic"]),
        ("old-root", ["main"]),
        ("main", ["old-root"]),
        ("main", []),
    ]

    @Test func rangesMatchGitLog() throws {
        let scratch = try Self.buildHistory()
        defer { scratch.remove() }
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        let graph = try repository.graph(include: ["main", "release-1.0", "topic", "old-root"])
        let total = try scratch.git("rev-list", "--count", "--all")
        #expect(String(graph.count) == total)
        for (tip, bases) in Self.pairs {
            let baseNames = try bases.map { try scratch.sha($0) }
            let range = graph.range(tip: try scratch.sha(tip), bases: baseNames)
            let listed = try scratch.git(["log", "--format=%H", tip] + bases.map { "^" + $0 })
            let expected = Set(listed.split(separator: "\n").map(String.init))
            let names = range.mainline.map(\.sha) + range.merged.values.flatMap { $0.map(\.sha) }
            #expect(Set(names) == expected, "\(bases)..\(tip)")
            #expect(names.count == expected.count, "\(bases)..\(tip): each commit appears once")
            // The first-parent line from the tip, for as long as it stays in the range.
            let firstParents = try scratch.git("rev-list", "--first-parent", tip).split(separator: "\n").map(String.init)
            let mainline = Array(firstParents.prefix { expected.contains($0) })
            #expect(range.mainline.map(\.sha) == mainline, "\(bases)..\(tip) first-parent line")
        }
    }

    @Test func aGraphReadWithExclusionsCutsTheSameRange() throws {
        let scratch = try Self.buildHistory()
        defer { scratch.remove() }
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        let full = try repository.graph(include: ["main"])
        let partial = try repository.graph(include: ["main"], exclude: ["v1.0.0"])
        let tip = try scratch.sha("main"), base = try scratch.sha("v1.0.0")
        let counted = try scratch.git("rev-list", "--count", "v1.0.0..main")
        #expect(String(partial.count) == counted)
        let fromFull = full.range(tip: tip, bases: [base])
        let fromPartial = partial.range(tip: tip, bases: [])
        #expect(fromPartial.mainline == fromFull.mainline)
        #expect(fromPartial.merged.mapValues { Set($0.map(\.sha)) } == fromFull.merged.mapValues { Set($0.map(\.sha)) })
    }
}
