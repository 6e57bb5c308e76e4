import Versioning

/// One merged change, classified and ready for notes; the JSON shape is DESIGN §3's `changes[]`.
public struct Change: Sendable, Equatable, Encodable {
    /// This repository's pull request number, or nil for a direct commit.
    public var pullRequest: Int?
    /// The commit on the first-parent line that brought the change in.
    public var commit: String
    /// The title shown when there is no release note.
    public var title: String
    /// The kind of change.
    public var kind: ChangeKind
    /// Whether users must act on it.
    public var breaking: Bool
    /// The text of a release-note block, if the change has one.
    public var note: String?
    /// GitHub logins (without `@`) or author names.
    public var authors: [String]
    /// The pull requests this change cherry-picks, each with the signal that linked it.
    public var originals: [CherryPickOrigin]
    /// Whether this change is a cherry-pick, even when its original is unknown.
    public var cherryPick: Bool
    /// The components the change belongs to.
    public var components: [String]
    /// The commit time, seconds since 1970.
    public var time: Int
    /// The first release of each release line that shipped this change or a cherry-pick of it, newest first;
    /// empty until the whole history has been read.
    public var shippedIn: [SemanticVersion] = []

    /// Whether its title names a release line (`[release-1.2] …`, `1.2: …`): made for that line, as picks and the
    /// line's own maintenance are; not part of the JSON.
    public var madeForReleaseLine = false

    /// The pull requests this change cherry-picks, without how they were found.
    public var cherryPickOf: [Int] { originals.map(\.pullRequest) }

    /// Creates a change.
    public init(
        pullRequest: Int?, commit: String, title: String, kind: ChangeKind = .other, breaking: Bool = false,
        note: String? = nil, authors: [String] = [], originals: [CherryPickOrigin] = [], cherryPick: Bool = false,
        components: [String] = [], time: Int = 0
    ) {
        self.pullRequest = pullRequest
        self.commit = commit
        self.title = title
        self.kind = kind
        self.breaking = breaking
        self.note = note
        self.authors = authors
        self.originals = originals
        self.cherryPick = cherryPick
        self.components = components
        self.time = time
    }

    enum CodingKeys: String, CodingKey {
        case pullRequest, commit, title, kind, breaking, note, authors, cherryPickOf, originals, cherryPick, components, time, shippedIn
    }

    /// Encodes every field, absent values as `null` as the JSON contract spells them.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // The contract spells absent values as null, so they are encoded, not skipped.
        try container.encode(pullRequest, forKey: .pullRequest)
        try container.encode(commit, forKey: .commit)
        try container.encode(title, forKey: .title)
        try container.encode(kind, forKey: .kind)
        try container.encode(breaking, forKey: .breaking)
        try container.encode(note, forKey: .note)
        try container.encode(authors, forKey: .authors)
        try container.encode(cherryPickOf, forKey: .cherryPickOf)
        try container.encode(originals, forKey: .originals)
        try container.encode(cherryPick, forKey: .cherryPick)
        try container.encode(components, forKey: .components)
        try container.encode(time, forKey: .time)
        try container.encode(shippedIn.map(\.tagName), forKey: .shippedIn)
    }
}
