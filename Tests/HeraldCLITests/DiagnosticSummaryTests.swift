import Foundation
import HeraldSupport
import SampleRepositories
import Testing
@testable import HeraldCLI

/// Warnings are printed once each, repeats of one kind summarised; `--verbose` lists all, `--quiet` none.
@Suite struct DiagnosticSummaryTests {
    static func skipped(_ names: [String]) -> [Diagnostic] {
        names.map { Diagnostic(.skippedTag, "tag \($0) skipped: not a version", subject: $0) }
    }

    @Test func aFewWarningsArePrintedAsTheyAre() {
        let diagnostics = Self.skipped(["api/v1.0.0", "v2.0.0-rc1-webhook"]) + [Diagnostic(.duplicateVersion, "tags v1 and v1.0 name the same version")]
        #expect(DiagnosticSummary.lines(diagnostics + diagnostics, verbosity: .normal) == diagnostics.map(\.description))
    }

    @Test func manySkippedTagsAreOneLineByPrefix() {
        let names = (0..<5).map { "api/v3.\($0).0" } + (0..<3).map { "client/pkg/v3.\($0).0" } + ["client/v3.0.0", "v1.0.0-odd", "v2.0.0-odd", "v3.0.0-odd"]
        let lines = DiagnosticSummary.lines(Self.skipped(names) + [Diagnostic(.duplicateVersion, "tags v1 and v1.0 name the same version")], verbosity: .normal)
        #expect(lines == [
            "warning[skipped-tag]: 12 tags not read as releases: 9 under 3 prefixes (api/, client/pkg/, client/) and 3 others (v1.0.0-odd, v2.0.0-odd, …); "
                + "declare them as components or list them under tags.ignore (--verbose lists each)",
            "warning[duplicate-version]: tags v1 and v1.0 name the same version",
        ])
        #expect(DiagnosticSummary.lines(Self.skipped(names), verbosity: .verbose).count == 12)
        #expect(DiagnosticSummary.lines(Self.skipped(names), verbosity: .quiet).isEmpty)
    }

    @Test func theCommandLayerAddsTheFlagThatAnswersAWarning() {
        let lines = DiagnosticSummary.lines([Diagnostic(.noTags, "no release tags in .: notes start at the first commit")], verbosity: .normal)
        #expect(lines == ["warning[no-tags]: no release tags in .: notes start at the first commit (pass --from to choose a start)"])
    }

    @Test func otherRepeatsKeepTheFirstAndCountTheRest() {
        let diagnostics = (0..<6).map { Diagnostic(.image, "deploy/\($0).yaml:1: invalid image reference", subject: "deploy/\($0).yaml") }
        #expect(DiagnosticSummary.lines(diagnostics, verbosity: .normal) == [
            "warning[image]: deploy/0.yaml:1: invalid image reference",
            "warning[image]: and 5 more like it; pass --verbose to list them",
        ])
    }
}

/// A repository of Go modules tags each module (`api/v3.5.0`): Herald says so in one line, or not at all.
@Suite struct ManySkippedTagsTests {
    static func goModules() throws -> ScratchRepository {
        let repo = try ScratchRepository()
        try repo.commit("Initial commit", files: ["go.mod": "module example.com/x\n"])
        try repo.tag("v3.4.0")
        try repo.squashPR(number: 1, title: "Add the watcher", author: .alice)
        for module in ["api", "client/pkg", "client/v3", "server"] {
            for version in ["v3.4.0", "v3.5.0"] { try repo.tag("\(module)/\(version)") }
        }
        try repo.tag("v3.5.0")
        return repo
    }

    @Test func releasesPrintsOneSummaryLineAndVerboseListsEach() throws {
        let repo = try Self.goModules()
        defer { repo.remove() }
        let normal = try HeraldExecutableTests.run(["releases", "--repo", repo.path])
        #expect(normal.status == 0)
        #expect(normal.stderr == "warning[skipped-tag]: 8 tags not read as releases: 8 under 4 prefixes (api/, client/pkg/, client/v3/, …); "
            + "declare them as components or list them under tags.ignore (--verbose lists each)\n")
        let verbose = try HeraldExecutableTests.run(["releases", "--repo", repo.path, "--verbose"])
        #expect(verbose.stderr.split(separator: "\n").count == 8)
        #expect(verbose.stderr.contains("warning[skipped-tag]: tag client/pkg/v3.5.0 skipped"))
        let quiet = try HeraldExecutableTests.run(["next-version", "--repo", repo.path, "--short", "--quiet"])
        #expect(quiet.stderr.isEmpty && quiet.status == 0)
        let both = try HeraldExecutableTests.run(["releases", "--repo", repo.path, "--verbose", "--quiet"])
        #expect(both.status == 64)
    }

    @Test func tagsIgnoreSilencesThemAndTheyAreNeverABase() throws {
        let repo = try Self.goModules()
        defer { repo.remove() }
        try repo.write([".herald.yml": "tags:\n  ignore: [\"api/*\", \"client/**\", \"server/*\", \"v3.5.0\"]\n"])
        let result = try HeraldExecutableTests.run(["releases", "--repo", repo.path, "--verbose"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(!result.stdout.contains("v3.5.0"), "an ignored tag is no release")
        let notes = try HeraldExecutableTests.run(["notes", "--repo", repo.path, "--format", "json"])
        #expect(notes.stdout.contains("\"from\" : \"v3.4.0\""), "the base skips the ignored v3.5.0")
    }
}

/// The closed set of warning codes is the documented one.
@Suite struct DiagnosticCodeDocsTests {
    @Test func everyCodeIsDocumentedInTheCommandsPage() throws {
        let page = try String(contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../site/commands.md").standardized.path, encoding: .utf8)
        for code in DiagnosticCode.allCases { #expect(page.contains("`\(code.rawValue)`"), "\(code.rawValue)") }
    }
}
