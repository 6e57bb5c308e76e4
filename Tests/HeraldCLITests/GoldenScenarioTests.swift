import Foundation
import SampleRepositories
import Testing
import ArgumentParser
@testable import HeraldCLI

/// Runs every golden scenario and compares herald's output with the files under `Scenarios/`.
///
/// `RECORD_GOLDEN=1 swift test` rewrites the files instead; review the diff before committing it.
@Suite struct GoldenScenarioTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scenarios")
    static let recording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"

    @Test(arguments: GoldenScenario.all)
    func matchesGoldenFiles(_ scenario: GoldenScenario) throws {
        let repository = try ScratchRepository()
        defer { repository.remove() }
        try scenario.script(repository)
        for run in scenario.runs {
            let actual = Self.capture(run, in: repository)
            let file = Self.folder.appendingPathComponent(scenario.name).appendingPathComponent(run.file)
            if Self.recording {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: file)
                continue
            }
            guard let expected = FileManager.default.contents(atPath: file.path) else {
                Issue.record("missing \(scenario.name)/\(run.file); run RECORD_GOLDEN=1 swift test and review it")
                continue
            }
            #expect(actual == String(decoding: expected, as: UTF8.self), "\(scenario.name)/\(run.file)")
        }
    }

    /// The run's stdout, then its warnings or its error, with the temporary path replaced by `<repo>`.
    static func capture(_ run: GoldenScenario.Run, in repository: ScratchRepository) -> String {
        var text: String
        do {
            let output = try run.action(repository)
            text = output.text
            if !output.diagnostics.isEmpty {
                // As Console prints them: summarised, with the flag hints the command layer adds.
                text += "\n--- stderr\n" + DiagnosticSummary.lines(output.diagnostics, verbosity: .normal).joined(separator: "\n") + "\n"
            }
        } catch let error as ValidationError {
            text = "--- usage error\nerror: \(error.message)\n"
        } catch {
            text = "--- error\nerror: \(Console.message(for: error))\n"
        }
        // Any scratch repository (clones too) lives in a folder with a random name.
        return text.replacing(#/\/[^\s:']*herald-scratch-[0-9A-Fa-f-]+\/repo/#, with: "<repo>")
    }
}
