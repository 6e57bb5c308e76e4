import Versioning

/// One range to read notes for, decided before any commit is read: where it ends, where it starts and why.
package struct RangePlan: Sendable {
    /// The release the range ends at, or nil for unreleased changes.
    package var release: Release?
    /// The ref the notes end at: the release's tag, or the ref asked for.
    package var to: String
    /// The end commit.
    package var toCommit: String
    /// The base and why it was chosen.
    package var base: BaseChoice
    /// The ref the notes start at: the one asked for, else the base release's tag; nil for the first commit.
    package var from: String?
    /// The base commit, or nil for the first commit.
    package var fromCommit: String?

    /// The plan of a release's own notes: from the base the rules choose to its tag.
    package init(release: Release, base: BaseChoice) {
        self.init(release: release, to: release.tag, toCommit: release.commit, base: base, from: base.release?.tag, fromCommit: base.release?.commit)
    }

    /// A plan of any range.
    package init(release: Release?, to: String, toCommit: String, base: BaseChoice, from: String?, fromCommit: String?) {
        self.release = release
        self.to = to
        self.toCommit = toCommit
        self.base = base
        self.from = from
        self.fromCommit = fromCommit
    }
}
