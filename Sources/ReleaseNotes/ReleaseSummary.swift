import HeraldSupport
import Images
import Versioning

/// One release as `herald releases` lists it.
public struct ReleaseSummary: Sendable, Equatable, Encodable {
    /// The component, or nil for a single-component repository.
    public var component: String?
    /// The version; JSON spells it as tags do (`v1.2.0`).
    public var version: SemanticVersion
    /// The tag.
    public var tag: String
    /// The tag date.
    public var date: UTCDate
    /// The tagged commit.
    public var commit: String
    /// Whether it is a pre-release.
    public var prerelease: Bool
    /// The base the release's notes start from.
    public var base: Base
    /// Container images pinned at the release.
    public var images: [PinnedImage]
    /// How many modules `go.mod` added, changed and removed since the base; nil without a base or a `go.mod`.
    public var dependencies: DependencyCounts?

    /// The base of a release's notes.
    public struct Base: Sendable, Equatable, Encodable {
        /// The base tag, or nil when the notes start at the first commit.
        public var tag: String?
        /// The base commit, or nil.
        public var commit: String?
        /// Why it was chosen.
        public var reason: String

        /// Creates a base.
        public init(tag: String?, commit: String?, reason: String) {
            self.tag = tag
            self.commit = commit
            self.reason = reason
        }

        enum CodingKeys: String, CodingKey { case tag, commit, reason }

        /// Encodes every field, absent values as `null` as the JSON contract spells them.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(tag, forKey: .tag)
            try container.encode(commit, forKey: .commit)
            try container.encode(reason, forKey: .reason)
        }
    }

    /// Creates a summary.
    public init(component: String?, version: SemanticVersion, tag: String, date: UTCDate, commit: String, prerelease: Bool, base: Base, images: [PinnedImage] = []) {
        self.component = component
        self.version = version
        self.tag = tag
        self.date = date
        self.commit = commit
        self.prerelease = prerelease
        self.base = base
        self.images = images
    }

    enum CodingKeys: String, CodingKey { case component, version, tag, date, commit, prerelease, base, images, dependencies }

    /// Encodes every field, absent values as `null` as the JSON contract spells them.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(component, forKey: .component)
        try container.encode(version.tagName, forKey: .version)
        try container.encode(tag, forKey: .tag)
        try container.encode(date, forKey: .date)
        try container.encode(commit, forKey: .commit)
        try container.encode(prerelease, forKey: .prerelease)
        try container.encode(base, forKey: .base)
        try container.encode(images, forKey: .images)
        try container.encode(dependencies, forKey: .dependencies)
    }
}
