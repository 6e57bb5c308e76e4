/// Every kind of warning Herald gives: a closed set, so a summary, a test or a CI filter can rely on it.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A tag that is no release of any component.
    case skippedTag = "skipped-tag"
    /// Two tags name the same version; the first is used.
    case duplicateVersion = "duplicate-version"
    /// No release tags: notes start at the first commit.
    case noTags = "no-tags"
    /// A manifest problem, such as an invalid image reference.
    case image
    /// A manifest a partial clone lacks.
    case missingBlob = "missing-blob"
    /// A folder of manifests a partial clone lacks.
    case missingTree = "missing-tree"
    /// `git log` records of the wrong shape, left out.
    case rejectedRecord = "rejected-record"
    /// Patch ids git could not compute (a partial clone without the blobs), so no change was linked by its patch.
    case noPatchIDs = "no-patch-ids"
    /// A configured regular expression that ran out of time.
    case slowPattern = "slow-pattern"
    /// A notes file that is a link, outside the repository or not UTF-8, ignored.
    case unsafeNotesFile = "unsafe-notes-file"
    /// A draft without front matter, to which nothing new was added.
    case draftFrontMatter = "draft-front-matter"
    /// A site built without a base URL.
    case noBaseURL = "no-base-url"
    /// A docs page that could not be read.
    case unreadablePage = "unreadable-page"
    /// A docs SVG that could run script, left out.
    case unsafeSVG = "unsafe-svg"
    /// A change title cut for the site.
    case longTitle = "long-title"
    /// A release note cut for the site.
    case longNote = "long-note"
    /// An image's upstream that could not be read, so its bump has no digest.
    case upstream

    /// Codes order as their names do, so summaries come out the same every run.
    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
