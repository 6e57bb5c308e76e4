import Configuration
import Foundation
import HeraldSupport
import Testing

/// Configuration errors are a location plus a problem case, and the loader's lines name no herald flag.
@Suite struct ConfigurationProblemTests {
    @Test func theLoaderNamesNoFlag() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herald-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.yml").path
        let error = try #require(throws: ConfigurationError.self) {
            _ = try ConfigurationLoader.load(explicitPath: missing, repository: folder.path)
        }
        #expect(error == ConfigurationError(file: missing, .noSuchFile))
        #expect(error.description == "\(missing): no such file")
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("herald-outside-\(UUID().uuidString).yml")
        try Data("project: x\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent(".herald.yml").path, withDestinationPath: outside.path
        )
        let linked = try #require(throws: ConfigurationError.self) {
            _ = try ConfigurationLoader.load(explicitPath: nil, repository: folder.path)
        }
        #expect(linked.problem == .linkOutsideRepository)
        #expect(linked.description.hasSuffix(": is a symbolic link that leads outside the repository; replace it with the file"))
        for problem in [error, linked] { #expect(!problem.description.contains(" --"), "\(problem)") }
    }

    @Test func schemaMistakesAreCases() {
        let cases: [(String, ConfigurationError.Problem)] = [
            ("drafts:\n  pullRequestMetadata: maybe\n", .expectedBoolean),
            ("site:\n  baseURL: ftp://x/\n", .invalidBaseURL(.notAbsolute("ftp://x/"))),
            ("components:\n  - name: a\n    paths: [\"pkg/**.go\"]\n", .invalidGlob(.partialAnyDirectories("pkg/**.go"))),
            ("project: a\nproject: b\n", .duplicateKeys(["project"])),
        ]
        for (yaml, problem) in cases {
            #expect(performing: { _ = try HeraldConfiguration(yaml: yaml, file: "x.yml") }, throws: { error in
                (error as? ConfigurationError)?.problem == problem
            })
        }
    }

    @Test func baseURLProblemsReadAsBefore() {
        #expect(SiteConfiguration.BaseURLProblem.hasQueryOrFragment("https://x/?a").description
            == "'https://x/?a' has a query or fragment; give the folder the site is published at")
        guard case .failure(let problem) = SiteConfiguration.parseBaseURL("x") else {
            Issue.record("x is no base URL")
            return
        }
        #expect(problem == .notAbsolute("x"))
    }
}
