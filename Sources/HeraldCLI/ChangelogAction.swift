import ReleaseNotes

/// Writes the full changelog, newest release first: `herald changelog`.
struct ChangelogAction {
    /// The repository folder.
    var repo: String
    /// The file to write, or nil for stdout.
    var output: String?
    /// Whether a hand-edited output file may be overwritten.
    var force = false
    /// A templates folder, or nil for the installed one.
    var templates: String?

    /// Reads every release from one `git log` and renders the changelog.
    func run() throws -> CommandOutput {
        let renderer = MarkdownRenderer(templates: try TemplateLibrary.load(explicit: templates))
        let history = try ProjectHistory(path: repo)
        try history.requireReleases(for: "changelog")
        let text = try renderer.changelog(try history.allNotes(), title: "Changelog")
        guard let output else { return CommandOutput(text: text, diagnostics: history.diagnostics) }
        try GeneratedFile(path: output).write(text, force: force)
        return CommandOutput(text: "", diagnostics: history.diagnostics)
    }
}
