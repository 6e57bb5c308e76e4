import Dependencies
import Changes
import HeraldSupport
import Images
import Versioning

/// The notes of one range: the release model every output renders (JSON schemaVersion 1).
public struct NotesDocument: Sendable, Equatable, Encodable {
    /// The JSON contract's version.
    public var schemaVersion = 1
    /// The component, or nil for a single-component repository.
    public var component: String?
    /// The range the notes cover and why it starts where it does.
    public var range: NotesRange
    /// The released version, or nil for unreleased changes; JSON spells it as tags do (`v1.2.0`).
    public var version: SemanticVersion?
    /// The suggested version for unreleased changes, or nil for a release.
    public var suggestedVersion: SemanticVersion?
    /// Why that version is suggested.
    public var suggestionReason: String?
    /// The release date, or nil for unreleased changes.
    public var date: UTCDate?
    /// The listed changes, newest first.
    public var changes: [Change]
    /// The changes left out, with reasons.
    public var excluded: [ExcludedChange]
    /// Container images pinned at the release (or at the end of the range).
    public var images: [PinnedImage]
    /// How the pinned images changed since the base, nil when nothing is pinned at either end.
    public var imageChanges: ImageDiff?
    /// The pinned images that are the component's own (configured, or pinned at one of its release tags): example
    /// manifests pinning the release itself, reported apart and never driving the version.
    public var ownImages: [String] = []
    /// How the dependencies a manifest pins (`go.mod`) changed since the base; nil without a base or without the
    /// manifest at either end.
    public var dependencies: DependencyDiff?
    /// The repository file holding the published notes of this release, when one exists.
    public var notesFile: String?
    /// That file's Markdown, which every output uses instead of generated text: published notes win.
    public var publishedNotes: String?

    /// Creates a document.
    public init(
        component: String? = nil, range: NotesRange, version: SemanticVersion?, suggestedVersion: SemanticVersion? = nil,
        suggestionReason: String? = nil, date: UTCDate? = nil, changes: [Change], excluded: [ExcludedChange] = [],
        images: [PinnedImage] = []
    ) {
        self.component = component
        self.range = range
        self.version = version
        self.suggestedVersion = suggestedVersion
        self.suggestionReason = suggestionReason
        self.date = date
        self.changes = changes
        self.excluded = excluded
        self.images = images
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, component, range, version, suggestedVersion, suggestionReason, date, changes, excluded, images
        case imageChanges, ownImages, dependencies, notesFile, publishedNotes
    }

    /// Encodes every field, absent values as `null` as the JSON contract spells them.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(component, forKey: .component)
        try container.encode(range, forKey: .range)
        try container.encode(version?.tagName, forKey: .version)
        try container.encode(suggestedVersion?.tagName, forKey: .suggestedVersion)
        try container.encode(suggestionReason, forKey: .suggestionReason)
        try container.encode(date, forKey: .date)
        try container.encode(changes, forKey: .changes)
        try container.encode(excluded, forKey: .excluded)
        try container.encode(images, forKey: .images)
        try container.encode(imageChanges, forKey: .imageChanges)
        try container.encode(ownImages, forKey: .ownImages)
        try container.encode(dependencies, forKey: .dependencies)
        try container.encode(notesFile, forKey: .notesFile)
        try container.encode(publishedNotes, forKey: .publishedNotes)
    }
}
