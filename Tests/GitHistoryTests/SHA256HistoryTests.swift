import SampleRepositories
import Testing
@testable import GitHistory

/// A repository made with `git init --object-format=sha256` names everything with 64 hex digits.
@Suite struct SHA256HistoryTests {
    @Test func tagsCommitsAndAbbreviationsUseTheRepositorysNameLength() throws {
        let scratch = try ScratchRepository(objectFormat: .sha256)
        defer { scratch.remove() }
        let first = try scratch.commit("One", files: ["deploy/sub/a.yaml": "a\n"])
        try scratch.tag("v1.0.0", annotated: true)
        let second = try scratch.mergePR(number: 1, title: "Add b", commits: [("Add b", ["deploy/sub/b.yaml": "b\n"])])
        try scratch.tag("v1.1.0")
        let repository = try GitRepository(path: scratch.path, launch: .inherited)
        #expect(first.count == 64)
        #expect(try repository.tags().map(\.commit) == [first, second])
        #expect(try repository.resolve(["v1.0.0", "v1.1.0"]) == [first, second])
        let graph = try repository.graph(include: ["v1.1.0"], withFiles: true)
        #expect(graph.count == 3)
        #expect(graph.commits.first?.parents.count == 2)
        #expect(graph.commits.map(\.files) == [["deploy/sub/b.yaml"], ["deploy/sub/b.yaml"], ["deploy/sub/a.yaml"]])
        // Forty digits are an abbreviation here, not a whole name.
        #expect(graph.commit(named: String(second.prefix(40)))?.sha == second)
        #expect(graph.commit(named: String(first.prefix(7)))?.sha == first)
        #expect(try repository.commits(named: [String(first.prefix(40))]).map(\.sha) == [first])
    }
}
