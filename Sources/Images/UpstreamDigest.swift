import Versioning

/// What an image's upstream released between the version a manifest pinned and the one it pins now: the versions
/// in between, changes counted by kind, and every note users must act on.
public struct UpstreamDigest: Sendable, Hashable, Codable {
    /// The upstream repository, `owner/name`.
    public var repository: String
    /// The upstream's stable releases after the old version and up to the new one, oldest first.
    public var versions: [String]
    /// Changes counted by kind (`feature`, `fix`, …), each pull request once.
    public var counts: [String: Int]
    /// The breaking and action-required notes of those releases, as written.
    public var actionRequired: [String]

    /// The digest of `releases` (the upstream's, any order) between the tags `old` and `new`; nil when either is no
    /// version or no release lies between them.
    public init?(repository: String, releases: [UpstreamRelease], from old: String, to new: String) {
        guard let low = SemanticVersion(parsing: old), let high = SemanticVersion(parsing: new), low < high else { return nil }
        let chosen = releases.filter { !$0.version.isPrerelease && low < $0.version && $0.version <= high }.sorted { $0.version < $1.version }
        guard !chosen.isEmpty else { return nil }
        var counted = Set<String>()
        var counts: [String: Int] = [:]
        var notes: [String] = []
        for release in chosen {
            for change in release.changes {
                // A fix picked to several lines is one fix: a pull request counts once, a direct commit each time.
                if let number = change.pullRequest, !counted.insert("#\(number)").inserted { continue }
                counts[change.kind, default: 0] += 1
                if change.breaking, !notes.contains(change.text) { notes.append(change.text) }
            }
        }
        self.repository = repository
        versions = chosen.map { $0.version.tagName }
        self.counts = counts
        actionRequired = notes
    }

    /// `v4.9.0 and v4.10.0 in between; 3 fix, 1 feature; action required: …`: one line for notes.
    public var summary: String {
        let between = versions.dropLast()
        var parts: [String] = []
        if !between.isEmpty { parts.append("\(between.joined(separator: ", ")) in between") }
        let kinds = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.value) \($0.key)" }
        if !kinds.isEmpty { parts.append(kinds.joined(separator: ", ")) }
        if !actionRequired.isEmpty { parts.append("action required: " + actionRequired.joined(separator: " / ")) }
        return parts.joined(separator: "; ")
    }
}

/// One upstream release as a digest reads it: its version and, for each change, its kind, whether it is breaking,
/// its text and its pull request.
public struct UpstreamRelease: Sendable, Hashable {
    /// The release's version.
    public var version: SemanticVersion
    /// Its changes.
    public var changes: [Change]

    /// One change of an upstream release.
    public struct Change: Sendable, Hashable {
        /// The kind's name, such as `fix`.
        public var kind: String
        /// Whether users must act on it.
        public var breaking: Bool
        /// The release note, else the title.
        public var text: String
        /// The pull request, nil for a direct commit.
        public var pullRequest: Int?

        /// Creates a change.
        public init(kind: String, breaking: Bool, text: String, pullRequest: Int?) {
            self.kind = kind
            self.breaking = breaking
            self.text = text
            self.pullRequest = pullRequest
        }
    }

    /// Creates a release.
    public init(version: SemanticVersion, changes: [Change]) {
        self.version = version
        self.changes = changes
    }
}
