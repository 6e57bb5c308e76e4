import KeepAChangelogTemplates
import KubernetesTemplates
import NotesTemplates

/// A built-in way of writing notes: its templates and the sections it groups changes into.
///
/// Each style's templates sit in the repository's `templates/` folder (the standard style at its top, the others in
/// a folder named after them), where users copy them to change them.
public enum NotesStyle: String, Sendable, CaseIterable {
    /// Herald's own layout: a heading with the date, the base's reason, Herald's section names.
    case standard
    /// The Kubernetes release-notes tool's layout, as the CSI sidecars publish it in `CHANGELOG/CHANGELOG-X.Y.md`.
    case kubernetes
    /// Keep a Changelog's layout: Added, Changed, Deprecated, Removed, Fixed, Security.
    case keepachangelog

    /// The style's templates by name.
    public var templates: [String: String] {
        switch self {
        case .standard: return BuiltInNotesTemplates.byName
        case .kubernetes: return KubernetesTemplates.byName
        case .keepachangelog: return KeepAChangelogTemplates.byName
        }
    }

    /// The style's sections; the standard style's are the ones configured.
    public func layout(configured: SectionLayout) -> SectionLayout {
        switch self {
        case .standard: return configured
        case .kubernetes: return .kubernetes
        case .keepachangelog: return .keepAChangelog
        }
    }
}
