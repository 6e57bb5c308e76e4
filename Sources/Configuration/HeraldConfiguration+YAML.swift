import Changes
import Yams

extension HeraldConfiguration {
    /// The keys a configuration file may have at the top level.
    static let keys = ["project", "repository", "components", "rules", "exclude", "sections", "notes", "sources", "site", "drafts", "lint", "tags"]
    /// The keys of the `tags` mapping.
    static let tagKeys = ["ignore"]

    /// Reads a `.herald.yml` strictly: an unknown key, a wrong type, an invalid regex, glob, kind,
    /// repository or URL, or a duplicate component is a `ConfigurationError` naming `file`, the line and the key path.
    /// An empty file is the default configuration.
    public init(yaml: String, file: String) throws {
        let document: Node?
        do {
            // The encoding is given: Yams's default reads the process environment on every parse, and prints when set.
            document = try compose(yaml: yaml, .default, .default, .utf8)
        } catch {
            throw ConfigurationError(yamlError: error, file: file)
        }
        guard let document else {
            self = .default
            return
        }
        let root = ConfigurationNode(root: document, file: file)
        if root.isNull {
            self = .default
            return
        }
        guard case .mapping = root.node else {
            throw root.error(.topLevelNotMapping(keys: Self.keys, found: root.typeName))
        }
        let fields = try root.fields(Self.keys)
        let repository = try fields["repository"].map(Self.repository)
        self.init(
            project: try fields["project"]?.nonEmptyString("a project name"),
            repository: repository,
            components: try fields["components"].map(ComponentConfiguration.list) ?? [],
            rules: try fields["rules"]?.items(of: "rules").map(ClassificationRule.init(configuration:)) ?? [],
            sections: try fields["sections"].map(SectionConfiguration.list) ?? [],
            site: try fields["site"].map(SiteConfiguration.init(configuration:))
        )
        workflow = try WorkflowConfiguration(drafts: fields["drafts"], lint: fields["lint"])
        notes = try fields["notes"].map(NotesConfiguration.init(configuration:)) ?? NotesConfiguration()
        sources = try fields["sources"].map(SourcesConfiguration.init(configuration:)) ?? SourcesConfiguration()
        exclusions = try fields["exclude"]?.items(of: "rules").map(ExclusionRule.init(configuration:)) ?? []
        ignoredTags = try fields["tags"]?.fields(Self.tagKeys)["ignore"]?.globs() ?? []
    }

    /// A GitHub `owner/name`, checked against GitHub's rules for both parts.
    static func repository(_ node: ConfigurationNode) throws -> String {
        let text = try node.string()
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        let valid = parts.count == 2
            && isName(parts[0], extra: "-", maxLength: 39) && !parts[0].hasPrefix("-")
            && isName(parts[1], extra: "._-", maxLength: 100) && parts[1] != "." && parts[1] != ".."
        guard valid else {
            throw node.error(.invalidRepository(text))
        }
        return text
    }

    /// Whether `text` is 1 to `maxLength` ASCII letters, digits and `extra` characters.
    private static func isName(_ text: Substring, extra: String, maxLength: Int) -> Bool {
        (1...maxLength).contains(text.count) && text.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || extra.unicodeScalars.contains($0))
        }
    }
}

extension ConfigurationError {
    /// The error for a file Yams cannot read, with the line Yams reports.
    init(yamlError error: Error, file: String) {
        guard let error = error as? YamlError else {
            self.init(file: file, .invalidYAML("\(error)"))
            return
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            self.init(file: file, line: mark.line, .invalidYAML("\(problem)\(Self.while(context))"))
        // Yams reports a second document only in its libyaml message: matched here, where Yams' errors become cases.
        case .composer(_, let problem, let mark, _) where problem.contains("another document"):
            self.init(file: file, line: mark.line, .secondYAMLDocument)
        case .composer(let context, let problem, let mark, _):
            self.init(file: file, line: mark.line, .invalidYAML("\(problem)\(Self.while(context))"))
        case .reader(let problem, let offset, _, let yaml):
            let line = offset.map { yaml.prefix($0).reduce(1) { $1 == "\n" ? $0 + 1 : $0 } }
            self.init(file: file, line: line, .invalidYAML(problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            self.init(file: file, line: context.mark.line, .duplicateKeys(duplicates))
        default:
            self.init(file: file, .invalidYAML("\(error)"))
        }
    }

    /// ` (while scanning a simple key on line 3)`, or nothing without a context.
    private static func `while`(_ context: YamlError.Context?) -> String {
        guard let context else { return "" }
        return " (\(context.text) on line \(context.mark.line))"
    }
}
