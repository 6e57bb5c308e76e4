import Versioning

/// The GitHub release a draft becomes: the body of `POST /repos/{owner}/{repo}/releases` and of its update.
public struct ReleasePayload: Sendable, Equatable, Encodable {
    /// The tag the release is for, with the component's prefix.
    public var tagName: String
    /// The release's title.
    public var name: String
    /// The notes, from the draft file without its markers.
    public var body: String
    /// Always true: Herald only ever writes drafts; a person publishes.
    public var draft = true
    /// Whether the version is a pre-release.
    public var prerelease: Bool

    /// The payload for `version` of a component with `tagPrefix`, titled with `component` when the repository has several.
    public init(version: SemanticVersion, tagPrefix: String, component: String?, body: String) {
        tagName = tagPrefix + version.tagName
        name = component.map { "\($0) \(version.tagName)" } ?? version.tagName
        self.body = body
        prerelease = version.isPrerelease
    }

    enum CodingKeys: String, CodingKey {
        case tagName = "tag_name", name, body, draft, prerelease
    }
}
