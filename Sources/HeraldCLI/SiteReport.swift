/// What a site build wrote.
public struct SiteReport: Sendable, Equatable {
    /// The output folder.
    public var output: String
    /// How many files the site has.
    public var files: Int
    /// How many were written because they are new or changed.
    public var written = 0
    /// How many were carried over from the previous build untouched.
    public var unchanged = 0

    /// `site: 1,034 files in _site, 12 written, 1,022 unchanged`.
    public var summary: String {
        "site: \(files) files in \(output), \(written) written, \(unchanged) unchanged"
    }
}
