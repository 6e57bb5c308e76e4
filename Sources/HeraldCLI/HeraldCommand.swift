import ArgumentParser

/// The `herald` command: release notes, changelog and versions from git history.
public struct HeraldCommand: ParsableCommand {
    /// The command's name, help and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "herald",
        abstract: "Turn git history into release notes, a changelog and version suggestions.",
        version: "0.1.0",
        subcommands: [
            NotesCommand.self, ReleasesCommand.self, ChangelogCommand.self, NextVersionCommand.self, ImagesCommand.self,
            DraftCommand.self, LintCommand.self, SiteCommand.self, BackportsCommand.self,
            DemoCommand.self,
        ]
    )

    /// Creates the command; argument-parser fills it in.
    public init() {}
}
