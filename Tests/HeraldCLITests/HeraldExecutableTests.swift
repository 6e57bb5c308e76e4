import Foundation
import HeraldSupport
import SampleRepositories
import Testing

/// Runs the built `herald` binary the way CI and shells do: exit codes, stdout for data only, stderr for the rest.
@Suite struct HeraldExecutableTests {
    static let binary = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../.build/debug/herald").standardized.path

    /// The exit status, stdout and stderr of one run.
    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try run(executable: binary, arguments: arguments)
    }

    /// The exit status, stdout and stderr of a shell script, in which `$HERALD` is the binary.
    static func run(shell script: String) throws -> (status: Int32, stdout: String, stderr: String) {
        try run(executable: "/bin/sh", arguments: ["-c", script], environment: ["HERALD": binary])
    }

    /// Runs `executable` with no standard input and collects what it prints.
    static func run(executable: String, arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    static func sample() throws -> ScratchRepository {
        let repo = try ScratchRepository()
        try repo.commit("Initial commit", files: ["main.go": "v0\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Add the controller", author: .alice)
        try repo.tag("v1.1.0")
        try repo.tag("v1.1.0-rc2-webhook")
        return repo
    }

    @Test func dataGoesToStdoutAndWarningsToStderr() throws {
        let repo = try Self.sample()
        defer { repo.remove() }
        let result = try Self.run(["notes", "--repo", repo.path, "--to", "v1.1.0", "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["schemaVersion"] as? Int == 1)
        #expect(object?["version"] as? String == "v1.1.0")
        #expect(result.stderr.hasPrefix("warning[skipped-tag]: tag v1.1.0-rc2-webhook skipped"))
    }

    @Test(arguments: [
        ["notes", "--bogus"], ["notes", "--format", "yaml"], ["changelog", "--force"],
        ["releases", "--component", "client"], ["frobnicate"],
    ] as [[String]])
    func badUsageExits64(arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
    }

    @Test func failuresAreOneLineAndExit1() throws {
        let repo = try Self.sample()
        defer { repo.remove() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herald-not-a-repo-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [
            ["notes", "--repo", repo.path, "--to", "v1.1.9"],
            ["releases", "--repo", folder.path],
            ["notes", "--repo", folder.path + "/missing"],
        ] {
            let result = try Self.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stdout.isEmpty)
            let lines = result.stderr.split(separator: "\n").filter { !$0.hasPrefix("warning[") }
            #expect(lines.count == 1 && lines[0].hasPrefix("error: "), "\(result.stderr)")
        }
    }

    @Test func changelogKeepsAFileEditedByHand() throws {
        let repo = try Self.sample()
        defer { repo.remove() }
        let file = repo.path + "/CHANGELOG.md"
        #expect(try Self.run(["changelog", "--repo", repo.path, "--output", file]).status == 0)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.contains("## v1.1.0"))
        // Regenerating an untouched file is allowed.
        #expect(try Self.run(["changelog", "--repo", repo.path, "--output", file]).status == 0)
        try (written.replacingOccurrences(of: "# Changelog", with: "# Changelog\n\nHand-written intro.")).write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try Self.run(["changelog", "--repo", repo.path, "--output", file])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("edited by hand"))
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("Hand-written intro."))
        #expect(try Self.run(["changelog", "--repo", repo.path, "--output", file, "--force"]).status == 0)
        #expect(!(try String(contentsOfFile: file, encoding: .utf8)).contains("Hand-written intro."))
    }

    @Test func templateErrorsNameFileLineAndColumn() throws {
        let repo = try Self.sample()
        defer { repo.remove() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herald-templates-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "## {{heading}}\n{{#changes}}\n- {{title}}\n".write(to: folder.appendingPathComponent("notes.mustache"), atomically: true, encoding: .utf8)
        let result = try Self.run(["notes", "--repo", repo.path, "--templates", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("notes.mustache:"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func changelogWritesThroughASymbolicLink() throws {
        let repo = try Self.sample()
        defer { repo.remove() }
        try FileManager.default.createDirectory(atPath: repo.path + "/docs", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: repo.path + "/CHANGELOG.md", withDestinationPath: "docs/CHANGELOG.md")
        #expect(try Self.run(["changelog", "--repo", repo.path, "--output", repo.path + "/CHANGELOG.md"]).status == 0)
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: repo.path + "/CHANGELOG.md")
        #expect(link == "docs/CHANGELOG.md")
        #expect(try String(contentsOfFile: repo.path + "/docs/CHANGELOG.md", encoding: .utf8).contains("## v1.1.0"))
    }
}
