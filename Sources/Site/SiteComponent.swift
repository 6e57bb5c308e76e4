import Images
import ReleaseNotes

/// One component's part of the site: its releases, its unreleased changes and the images it publishes.
public struct SiteComponent: Sendable {
    /// The component's name, or nil for a repository that is one component.
    public var name: String?
    /// The notes of every release, newest first; published notes files are already in them.
    public var releases: [NotesDocument]
    /// The changes since the last release, or nil when they were not read.
    public var unreleased: NotesDocument?
    /// The images the component publishes, with their floating tags.
    public var images: [PublishedImage]

    /// Creates a component.
    public init(name: String?, releases: [NotesDocument], unreleased: NotesDocument? = nil, images: [PublishedImage] = []) {
        self.name = name
        self.releases = releases
        self.unreleased = unreleased
        self.images = images
    }

    /// The name shown to readers.
    var displayName: String { name ?? "Releases" }
}
