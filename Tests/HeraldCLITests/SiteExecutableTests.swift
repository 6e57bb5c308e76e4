import Foundation
import SampleRepositories
import Testing

/// `herald site` as a shell or CI job runs it: the summary on stdout, one-line errors, usage errors exit 64.
@Suite struct SiteExecutableTests {
    @Test func buildsTheSiteAndSaysWhatItWrote() throws {
        let repo = try HeraldExecutableTests.sample()
        defer { repo.remove() }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("herald-site-exe-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let first = try HeraldExecutableTests.run(["site", "--repo", repo.path, "--output", output])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("site: "))
        #expect(first.stdout.contains("open \(output)/index.html"))
        #expect(first.stderr.contains("warning[no-base-url]"), "no sitemap without a base URL is said, not hidden")
        #expect(!first.stderr.contains("herald site:"), "no progress line when stderr is not a terminal")
        #expect(FileManager.default.fileExists(atPath: output + "/releases/v1.1.0.html"))

        let second = try HeraldExecutableTests.run(["site", "--repo", repo.path, "--output", output, "--base-url", "https://example.github.io/x"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(FileManager.default.fileExists(atPath: output + "/sitemap.xml"))
    }

    @Test(arguments: [
        ["site", "--base-url", "ftp://example.com/"], ["site", "--base-url", "not a url"], ["site", "--base-url", "https://x/?q=1"],
        ["site", "--output", ""],
    ] as [[String]])
    func badOptionsExit64(arguments: [String]) throws {
        let result = try HeraldExecutableTests.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
    }

    @Test func aFolderOfSomeoneElsesFilesIsKept() throws {
        let repo = try HeraldExecutableTests.sample()
        defer { repo.remove() }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("herald-site-mine-\(UUID())").path
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: output) }
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: output + "/notes.txt"))
        let result = try HeraldExecutableTests.run(["site", "--repo", repo.path, "--output", output])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(lines.count == 1)
        #expect(lines.first?.contains("site step 'write site'") == true)
        #expect(try String(contentsOfFile: output + "/notes.txt", encoding: .utf8) == "keep me\n")
    }

    @Test func aRepositoryWithoutCommitsIsOneClearLine() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("herald-site-empty-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try HeraldExecutableTests.run(["site", "--repo", repo.path, "--output", output])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: \(repo.path): the repository has no commits yet; commit, then tag a release"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
