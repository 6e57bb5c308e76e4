import ArgumentParser

/// How `--split` divides the changelog into files.
enum ChangelogSplit: String, ExpressibleByArgument {
    /// One file per minor line: `CHANGELOG-X.Y.md`.
    case minor
}
