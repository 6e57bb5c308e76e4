import HeraldSupport
import Changes
import ReleaseNotes

/// Checks a range for CI: pull requests whose kind is unknown, or user-facing ones without a release note: `herald lint`.
struct LintAction {
    /// The range and where its pull request metadata comes from, as `herald notes` reads them.
    var notes: NotesAction

    /// The findings, one line each; throws `LintFailure` when there are any.
    func run() throws -> CommandOutput {
        let read = try notes.document()
        let workflow = read.scope.configuration.workflow
        let findings = Self.findings(in: read.document.changes.filter { !workflow.allows(title: $0.title) })
        guard findings.isEmpty else {
            throw LintFailure(report: findings.map { $0 + "\n" }.joined(), count: findings.count, diagnostics: read.diagnostics)
        }
        return CommandOutput(text: "", diagnostics: read.diagnostics)
    }

    /// One line per pull request that needs attention.
    static func findings(in changes: [Change]) -> [String] {
        changes.compactMap { change in
            guard let number = change.pullRequest else { return nil }
            if change.kind == .other {
                return "#\(number) \(change.title): unknown kind; add a kind/* label, a /kind line or a Conventional Commits type"
            }
            let userFacing = change.breaking || [.feature, .apiChange, .fix, .deprecation].contains(change.kind)
            if userFacing && change.note == nil {
                return "#\(number) \(change.title): no release note; add a ```release-note block to the description"
            }
            return nil
        }
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
