import HeraldSupport
import Changes
import ReleaseNotes

/// Checks a range for CI: pull requests whose kind is unknown, or user-facing ones without a release note: `herald lint`.
///
/// A missing note is reported only for pull requests whose description was read (from GitHub or the cache) or whose
/// squash commit already carries a note; the others are counted in one line that says how to check them.
struct LintAction {
    /// The range and where its pull request metadata comes from, as `herald notes` reads them.
    var notes: NotesAction

    /// The findings, one line each, then the line about unchecked notes if any; throws `LintFailure` when there are findings.
    func run() throws -> CommandOutput {
        var recorder: RecordingPullRequestSource?
        let read = try notes.document { source in
            let recording = RecordingPullRequestSource(source)
            recorder = recording
            return recording
        }
        let workflow = read.scope.configuration.workflow
        let result = Self.findings(
            in: read.document.changes.filter { !workflow.allows(title: $0.title) }, described: (recorder?.described ?? []).contains
        )
        let unchecked = result.undescribed == 0 ? "" : Self.uncheckedLine(count: result.undescribed, askedGitHub: recorder?.offline == false)
        guard result.findings.isEmpty else {
            let report = result.findings.map { $0 + "\n" }.joined() + unchecked
            throw LintFailure(report: report, count: result.findings.count, diagnostics: read.diagnostics)
        }
        return CommandOutput(text: unchecked, diagnostics: read.diagnostics)
    }

    /// One line per pull request that needs attention, and how many user-facing pull requests without a note in git
    /// had no description to check; `described` says whether a pull request's description was read.
    static func findings(in changes: [Change], described: (Int) -> Bool) -> (findings: [String], undescribed: Int) {
        var undescribed = 0
        let findings = changes.compactMap { change -> String? in
            guard let number = change.pullRequest else { return nil }
            if change.kind == .other {
                return "#\(number) \(change.title): unknown kind; add a kind/* label, a /kind line or a Conventional Commits type"
            }
            let userFacing = change.breaking || [.feature, .apiChange, .fix, .deprecation].contains(change.kind)
            guard userFacing && change.note == nil else { return nil }
            // Without the description the note may well be there: unknown, not missing.
            guard described(number) else {
                undescribed += 1
                return nil
            }
            return "#\(number) \(change.title): no release note; add a ```release-note block to the description"
        }
        return (findings, undescribed)
    }

    /// The line that says how many release notes went unchecked and how to check them.
    static func uncheckedLine(count: Int, askedGitHub: Bool) -> String {
        let subject = "\(count) pull request\(count == 1 ? "" : "s"): release note not checked"
        return askedGitHub
            ? "\(subject), github returned no description\n"
            : "\(subject), description unknown offline; run with --github and GITHUB_TOKEN set\n"
    }
}

/// Lint findings: printed on stdout, then exit status 1.
struct LintFailure: Error {
    /// The findings, one per line.
    var report: String
    /// How many.
    var count: Int
    /// Warnings gathered on the way.
    var diagnostics: [Diagnostic]
}
