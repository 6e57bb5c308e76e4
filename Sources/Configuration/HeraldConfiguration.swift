import HeraldSupport
import Changes

/// What `.herald.yml` declares: the project, its components, classification rules, note sections and site settings.
///
/// Without a file Herald uses `HeraldConfiguration.default`: one component covering every path,
/// released with plain `vX.Y.Z` tags.
public struct HeraldConfiguration: Sendable, Equatable {
    /// The project's display name, if given.
    public var project: String?
    /// The GitHub repository as `owner/name`, if given.
    public var repository: String?
    /// The components, in the file's order; never empty.
    public var components: [ComponentConfiguration]
    /// Whether the file listed `components`; otherwise `components` holds one implicit component.
    public var declaresComponents: Bool
    /// Classification rules, tried in the file's order after Herald's own sources.
    public var rules: [ClassificationRule]
    /// `exclude` rules, in the file's order: a change meeting one is left out of the notes with the rule's reason.
    public var exclusions: [ExclusionRule] = []
    /// Section titles in the order notes show them; empty means Herald's own order and titles.
    public var sections: [SectionConfiguration]
    /// Settings for the static site, if given.
    public var site: SiteConfiguration?
    /// Drafts, pull request metadata and lint settings.
    public var workflow = WorkflowConfiguration()
    /// The notes style and documentation link.
    public var notes = NotesConfiguration()
    /// Where pinned images are built from.
    public var sources = SourcesConfiguration()
    /// Globs of tags that are no release of anything (`tags.ignore`): never a release, never a base, never warned of.
    public var ignoredTags: [Glob] = []

    /// Creates a configuration; with no `components`, one implicit component covers every path.
    public init(
        project: String? = nil,
        repository: String? = nil,
        components: [ComponentConfiguration] = [],
        rules: [ClassificationRule] = [],
        sections: [SectionConfiguration] = [],
        site: SiteConfiguration? = nil
    ) {
        self.project = project
        self.repository = repository
        self.declaresComponents = !components.isEmpty
        self.components = components.isEmpty
            ? [ComponentConfiguration(name: Self.implicitComponentName(project: project, repository: repository))]
            : components
        self.rules = rules
        self.sections = sections
        self.site = site
    }

    /// The configuration without a file: one component named `default` covering every path, plain `vX.Y.Z` tags.
    public static let `default` = HeraldConfiguration()

    /// The component named `name`, if there is one.
    public func component(named name: String) -> ComponentConfiguration? {
        components.first { $0.name == name }
    }

    /// The names of the components, in the file's order, for messages such as "known components are …".
    public var componentNames: [String] { components.map(\.name) }

    /// Whether `tag` is listed under `tags.ignore`.
    public func ignores(tag: String) -> Bool {
        ignoredTags.contains { $0.matches(tag) }
    }

    /// Whether anything needs the paths each commit changed (`git log --name-only`): a component
    /// narrower than `**`, or a classification or `exclude` rule with a paths condition.
    public var needsChangedPaths: Bool {
        components.contains { !$0.coversEverything } || rules.contains { !$0.paths.isEmpty }
            || exclusions.contains { !$0.paths.isEmpty }
    }

    /// The repository's owner, the part before `/`, if a repository is given.
    public var repositoryOwner: String? { repository?.split(separator: "/").first.map(String.init) }

    /// The repository's name, the part after `/`, if a repository is given.
    public var repositoryName: String? { repository?.split(separator: "/").last.map(String.init) }

    /// The implicit component's name: the project's, else the repository's, else `default`.
    static func implicitComponentName(project: String?, repository: String?) -> String {
        if let project, ComponentConfiguration.isValidName(project) { return project }
        if let name = repository?.split(separator: "/").last, ComponentConfiguration.isValidName(String(name)) {
            return String(name)
        }
        return "default"
    }
}
