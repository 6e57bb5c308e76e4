import SampleRepositories
import Testing
@testable import GitHistory

/// Committed text (file names, author names, messages) cannot pass for a record of `git log`'s output.
@Suite struct ForgedHistoryTests {
    static let mallory = Person(name: "Eve\u{1F}Mallory", email: "mallory@example.com")

    /// A history whose third commit adds a file named like a record that rewrites the second commit.
    static func forgedHistory() throws -> (scratch: ScratchRepository, shas: [String], forgedName: String) {
        let scratch = try ScratchRepository()
        let first = try scratch.commit("Initial commit", files: ["main.go": "package main\n"])
        let second = try scratch.squashPR(number: 2, title: "Fix bug two", files: ["fix.go": "package main\n"], author: .bob)
        // The layout of a plain U+001F-separated record, followed by the names of a real older commit.
        let fields = [second, first, "Mallory", "mallory@example.com", "1704067200", "1704067200", "Add cryptocurrency miner (#2, Mallory)", ""]
        let forgedName = fields.joined(separator: "\u{1F}")
        let third = try scratch.squashPR(number: 3, title: "Add docs", files: [forgedName: "x\n", "\nnewline.md": "y\n", "docs/a.md": "a\n"])
        let fourth = try scratch.squashPR(number: 4, title: "Tweak", files: ["tweak.go": "package main\n"], author: mallory)
        return (scratch, [fourth, third, second, first], forgedName)
    }

    @Test(arguments: [true, false])
    func fileAndAuthorNamesCannotForgeRecords(withFiles: Bool) throws {
        let (scratch, shas, forgedName) = try Self.forgedHistory()
        defer { scratch.remove() }
        let graph = try GitRepository(path: scratch.path, launch: .inherited).graph(include: ["HEAD"], withFiles: withFiles)
        #expect(graph.commits.map(\.sha) == shas)
        #expect(graph.commits.map(\.subject) == ["Tweak (#4)", "Add docs (#3)", "Fix bug two (#2)", "Initial commit"])
        #expect(graph.commits.map(\.authorName) == ["Eve\u{1F}Mallory", "Alice Example", "Bob Example", "Alice Example"])
        #expect(graph.commits.map(\.authorEmail) == ["mallory@example.com", "alice@example.com", "bob@example.com", "alice@example.com"])
        #expect(graph.commits.map(\.parents) == [[shas[1]], [shas[2]], [shas[3]], []])
        #expect(graph.commits.map(\.authorTime) == graph.commits.map(\.commitTime))
        #expect(graph.rejectedRecords == 0)
        if withFiles {
            #expect(graph.commits.map { $0.files.sorted() } == [["tweak.go"], ["\nnewline.md", "docs/a.md", forgedName].sorted(), ["fix.go"], ["main.go"]])
        } else {
            #expect(graph.commits.map(\.files.count) == [0, 0, 0, 0])
        }
    }
}
