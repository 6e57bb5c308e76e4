import Foundation
import SampleRepositories
import Testing

/// What Herald prints can neither crash it nor act on the terminal or the CI log that shows it.
@Suite struct ConsoleSafetyTests {
    /// Runs the binary through the shell, so tests can redirect or close its streams.
    static func shell(_ script: String) throws -> (status: Int32, stdout: String, stderr: String) {
        try HeraldExecutableTests.run(shell: script)
    }

    @Test func aStandardErrorThatCannotBeWrittenIsNoCrash() throws {
        let repo = try HeraldExecutableTests.sample()
        defer { repo.remove() }
        // The sample has a skipped tag, so a warning goes to stderr.
        for redirect in ["2>/dev/full", "2>&-"] {
            let result = try Self.shell("\"$HERALD\" notes --repo '\(repo.path)' --to v1.1.0 \(redirect)")
            #expect(result.status == 0, "\(redirect): \(result.stderr)")
            #expect(result.stdout.contains("Add the controller"))
        }
    }

    @Test func aStandardOutputThatCannotBeWrittenFails() throws {
        let repo = try HeraldExecutableTests.sample()
        defer { repo.remove() }
        for command in ["changelog", "notes --to v1.1.0", "releases"] {
            let result = try Self.shell("\"$HERALD\" \(command) --repo '\(repo.path)' >/dev/full")
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains("error: cannot write to standard output (no space left on device)"), "\(result.stderr)")
        }
    }

    @Test func errorsStayOnOneLineWhateverTheInput() throws {
        let repo = try HeraldExecutableTests.sample()
        defer { repo.remove() }
        // A usage error, exit 64: argument-parser adds its usage lines, but the value stays on the error's line.
        let result = try HeraldExecutableTests.run(["notes", "--repo", repo.path, "--from", "v1\n::add-mask::x", "--to", "v1.1.0"])
        #expect(result.status == 64)
        #expect(!result.stderr.split(separator: "\n").contains { $0.hasPrefix("::") })
        #expect(result.stderr.contains("--from 'v1\\u000A::add-mask::x' is not a valid ref name"), "\(result.stderr)")
        // A failure after parsing is one `error:` line whatever the value holds.
        let unknown = try HeraldExecutableTests.run(["notes", "--repo", repo.path, "--to", "v9\u{1B}[2J"])
        #expect(unknown.status == 64 || unknown.status == 1)
        #expect(!unknown.stderr.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func titlesCannotSendEscapeSequencesToTheTerminal() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try repo.commit("Initial commit", files: [".herald.yml": "repository: example/storage\n", "main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 7, title: "Add \u{1B}]0;owned\u{07}\u{1B}[2Jthing\u{9B}31m", author: .alice)
        // An unknown kind is a finding offline too (a feature's missing note is not), so this title reaches lint's output.
        try repo.squashPR(number: 8, title: "Tidy \u{1B}]0;owned\u{07}\u{1B}[2Jthing\u{9B}31m", author: .alice)
        for (arguments, verb) in [(["lint", "--repo", repo.path, "--offline"], "Tidy"), (["notes", "--repo", repo.path], "Add")] {
            let result = try HeraldExecutableTests.run(arguments)
            #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B }, "\(arguments)")
            #expect(result.stdout.contains("\(verb) \\u001B]0;owned\\u0007\\u001B[2Jthing\\u009B31m"), "\(result.stdout)")
        }
        // The escape is JSON's own, so JSON stays valid and means the same.
        let json = try HeraldExecutableTests.run(["notes", "--repo", repo.path, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let title = ((object?["changes"] as? [[String: Any]])?.last?["title"] as? String) ?? ""
        #expect(title.hasPrefix("Add \u{1B}]0;owned\u{07}\u{1B}[2Jthing\u{9B}31m"), "\(json.stdout)")
        #expect(!json.stdout.unicodeScalars.contains { $0.value == 0x9B })
    }

    @Test func aCatastrophicRulePatternIsReportedByName() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        let config = "rules:\n  - kind: feature\n    title: \"^(a+)+$\"\n"
        try repo.commit("Initial commit", files: [".herald.yml": config, "main.go": "v0\n"])
        try repo.tag("v1.0.0")
        for number in 1...8 {
            try repo.squashPR(number: number, title: String(repeating: "a", count: 40) + "b\(number)", author: .alice)
        }
        let started = Date()
        let result = try HeraldExecutableTests.run(["notes", "--repo", repo.path])
        #expect(result.status == 0)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(result.stderr.contains("warning[slow-pattern]: rule 'feature if title ~ /^(a+)+$/' took over 0.1 s on 5 changes"), "\(result.stderr)")
    }

    @Test func usageMistakesExit64AndAFolderOutputSaysSo() throws {
        let repo = try HeraldExecutableTests.sample()
        defer { repo.remove() }
        for arguments in [
            ["notes", "--repo", repo.path, "--from", ""], ["notes", "--repo", repo.path, "--to", "--all"],
            ["draft", "--repo", repo.path, "--version", "nope"], ["images", "--repo", repo.path, "--at", ""],
        ] {
            let result = try HeraldExecutableTests.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: repo.path + "/releases"))
        let folder = try HeraldExecutableTests.run(["changelog", "--repo", repo.path, "--output", repo.path, "--force"])
        #expect(folder.status == 1)
        #expect(folder.stderr.contains("is a folder; pass the path of a file"), "\(folder.stderr)")
    }

    @Test func aFileNameCannotWriteAWorkflowCommand() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        let name = "deploy/a\n::add-mask::leak\n::warning::x.yaml"
        try repo.commit("Initial commit", files: ["main.go": "v0\n", name: "image: \"Bad Reference!!\"\n", name + ".d/x.yaml": "image: registry.k8s.io/x/y:v1.0.0\n"])
        try repo.tag("v1.0.0")
        let result = try HeraldExecutableTests.run(["images", "--repo", repo.path, "--at", "v1.0.0"])
        #expect(result.stderr.contains("warning[image]"), "\(result.stderr)")
        #expect(!result.stderr.split(separator: "\n").contains { $0.hasPrefix("::") }, "\(result.stderr)")
        #expect(result.stdout.contains("registry.k8s.io/x/y:v1.0.0"), "\(result.stdout)")
        #expect(!result.stdout.split(separator: "\n").contains { $0.hasPrefix("::") }, "\(result.stdout)")
        let notes = try HeraldExecutableTests.run(["notes", "--repo", repo.path, "--to", "v1.0.0"])
        #expect(notes.stdout.contains("deploy/a\\u000A::add-mask::leak"), "\(notes.stdout)")
        #expect(!notes.stdout.split(separator: "\n").contains { $0.hasPrefix("::") })
    }

    @Test func anEmptyRepositoryIsOneClearLineForEveryCommand() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herald-empty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try HeraldExecutableTests.run(executable: "/usr/bin/git", arguments: ["-C", folder, "init", "-q"])
        for command in ["site", "notes", "releases", "changelog", "next-version", "draft"] {
            let result = try HeraldExecutableTests.run([command, "--repo", folder])
            #expect(result.status == 1, "\(command)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix("error: ") && !lines[0].contains("git -c"), "\(command): \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [".git"], "nothing is written")
    }
}
