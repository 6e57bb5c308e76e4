import HeraldSupport

extension ConfigurationError {
    /// What is wrong with a configuration file; each case names the problem, and `description` says how to fix it.
    public enum Problem: Equatable, Sendable, CustomStringConvertible {
        /// A configuration file named explicitly does not exist.
        case noSuchFile
        /// The path is a folder.
        case isFolder
        /// The file exists but cannot be read.
        case unreadable
        /// The bytes are not UTF-8.
        case notUTF8
        /// The default file is a symbolic link out of the repository, which a clone must not be able to point at.
        case linkOutsideRepository
        /// The default file is a device, a pipe or another non-regular file.
        case notRegularFile
        /// Yams cannot parse the text; the detail is Yams' own, with its context.
        case invalidYAML(String)
        /// The text holds more than one YAML document.
        case secondYAMLDocument
        /// One mapping gives these keys twice.
        case duplicateKeys([String])
        /// The top level is not a mapping of the known keys.
        case topLevelNotMapping(keys: [String], found: String)
        /// A value that must be a mapping of `keys` is something else.
        case expectedMapping(keys: [String], found: String)
        /// A mapping key that is not a plain name.
        case expectedKeyName(found: String)
        /// A key the mapping does not know.
        case unknownKey(known: [String])
        /// A required key is missing.
        case missingKey(String, example: String)
        /// A value that must be a list of `items` is something else.
        case expectedList(of: String, found: String)
        /// A value that must be a string is something else.
        case expectedString(found: String)
        /// A string that must say something (`expected`) is empty or blank.
        case emptyString(expected: String)
        /// A value that must be true or false is something else.
        case expectedBoolean
        /// A path glob that does not compile.
        case invalidGlob(Glob.SyntaxError)
        /// A regular expression that does not compile.
        case invalidRegularExpression(String)
        /// An empty regular expression, which would match everything.
        case emptyRegularExpression
        /// A rule with no title, body or paths condition.
        case ruleWithoutConditions
        /// An `exclude` rule with no title, author, label or paths condition.
        case exclusionWithoutConditions
        /// A kind name outside the vocabulary.
        case unknownKind(String, known: [String])
        /// Two sections for the same kind; `firstAt` is the key path of the first.
        case duplicateSection(kind: String, firstAt: String)
        /// `repository` that is not `owner/name`.
        case invalidRepository(String)
        /// `components` given as an empty list.
        case noComponents
        /// Two components with one name; `firstAt` is the key path of the first.
        case duplicateComponentName(String, firstAt: String)
        /// Two components with one tag prefix; `firstAt` and `firstComponent` name the first.
        case duplicateTagPrefix(String, firstAt: String, firstComponent: String)
        /// A component name that cannot be a file or URL name.
        case invalidComponentName(String)
        /// A tag prefix that cannot start a git tag name.
        case invalidTagPrefix(String)
        /// An image name with spaces.
        case imageNameHasSpaces(String)
        /// An image name with a tag or digest, which Herald adds itself.
        case imageNameHasTag(String)
        /// A folder setting that leaves the repository; `example` is a folder that would do.
        case folderOutsideRepository(String, example: String)
        /// A site base URL that cannot be used.
        case invalidBaseURL(SiteConfiguration.BaseURLProblem)
        /// An image tag form outside the known ones.
        case unknownTagForm(String, known: [String])
        /// A scheme or convention name outside the known ones.
        case unknownTagScheme(String, known: [String])
        /// A notes style outside the built-in ones.
        case unknownStyle(String, known: [String])
        /// A link that is not an absolute http(s) URL.
        case invalidLink(String)

        /// The problem as one lowercase phrase, saying how to fix it.
        public var description: String {
            switch self {
            case .noSuchFile: return "no such file"
            case .isFolder: return "is a folder; give the path of a .herald.yml file"
            case .unreadable: return "cannot be read; check its permissions"
            case .notUTF8: return "is not valid utf-8; save it as utf-8"
            case .linkOutsideRepository: return "is a symbolic link that leads outside the repository; replace it with the file"
            case .notRegularFile: return "is not a regular file; replace it with the file"
            case .invalidYAML(let detail): return "invalid yaml: \(detail)"
            case .secondYAMLDocument: return "invalid yaml: a second document starts here; keep one document, without '---'"
            case .duplicateKeys(let keys): return "duplicate key \(keys.joined(separator: ", ")) in one mapping; give each key once"
            case .topLevelNotMapping(let keys, let found):
                return "expected a mapping of \(keys.joined(separator: ", ")) at the top level, found \(found)"
            case .expectedMapping(let keys, let found): return "expected a mapping with keys \(keys.joined(separator: ", ")), found \(found)"
            case .expectedKeyName(let found): return "expected a key name, found \(found)"
            case .unknownKey(let known): return "unknown key; known keys are \(known.joined(separator: ", "))"
            case .missingKey(let key, let example): return "missing key \(key); add it, as in \(key): \(example)"
            case .expectedList(let items, let found): return "expected a list of \(items), found \(found)"
            case .expectedString(let found): return "expected a string, found \(found)"
            case .emptyString(let expected): return "expected \(expected), found an empty string"
            case .expectedBoolean: return "expected true or false"
            case .invalidGlob(let error): return error.description
            case .invalidRegularExpression(let pattern):
                return "invalid regular expression '\(pattern)'; check its brackets, parentheses and escapes"
            case .emptyRegularExpression:
                return "the regular expression is empty and would match every change; remove the key or give a pattern"
            case .ruleWithoutConditions: return "a rule needs at least one of title, body, paths; without one it would never match"
            case .exclusionWithoutConditions:
                return "an exclude rule needs at least one of title, author, label, paths; without one it would leave out every change"
            case .unknownKind(let name, let known):
                let hint = name == "breaking" && !known.contains(name) ? "; breaking is a flag, not a kind" : ""
                return "unknown kind '\(name)'; known kinds are \(known.joined(separator: ", "))\(hint)"
            case .duplicateSection(let kind, let firstAt):
                return "duplicate section for kind \(kind), already given by \(firstAt); list each kind once"
            case .invalidRepository(let text):
                return "'\(text)' is not owner/name; write the github repository like kubernetes-csi/csi-driver-host-path"
            case .noComponents: return "expected at least one component; remove the key to treat the repository as one component"
            case .duplicateComponentName(let name, let firstAt):
                return "duplicate component name '\(name)', already used by \(firstAt); give each component its own name"
            case .duplicateTagPrefix(let prefix, let firstAt, let firstComponent):
                return "tag prefix '\(prefix)' is already used by \(firstAt) (\(firstComponent)); give each component its own tagPrefix"
            case .invalidComponentName(let name):
                return "'\(name)' is not a usable component name; use letters, digits, '.', '_' and '-', not starting with '.' or '-'"
            case .invalidTagPrefix(let prefix):
                return "'\(prefix)' cannot start a git tag name; use a prefix such as client/ without spaces or ~^:?*[\\"
            case .imageNameHasSpaces(let image): return "'\(image)' is not an image name; remove the spaces"
            case .imageNameHasTag(let image): return "'\(image)' has a tag or digest; give the name only, herald adds :vX.Y.Z"
            case .folderOutsideRepository(let folder, let example):
                return "'\(folder)' is outside the repository; give a repository-relative folder such as \(example)"
            case .invalidBaseURL(let problem): return problem.description
            case .unknownTagForm(let form, let known):
                return "unknown tag form '\(form)'; known forms are \(known.joined(separator: ", "))"
            case .unknownTagScheme(let scheme, let known):
                return "unknown '\(scheme)'; known values are \(known.joined(separator: ", "))"
            case .unknownStyle(let name, let known):
                return "unknown style '\(name)'; known styles are \(known.joined(separator: ", ")); copy a style's templates to change it"
            case .invalidLink(let text): return "'\(text)' is not an absolute http(s) url; write it like https://example.com/docs"
            }
        }
    }
}
