extension ImagesError {
    /// Which rule of the distribution reference grammar a reference breaks; texts are the offending parts as written.
    public enum ReferenceProblem: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
        /// A registry `[` without its `]`.
        case unclosedIPv6(registry: String)
        /// Brackets around something that is not an IPv6 address.
        case invalidIPv6(registry: String)
        /// Text after a bracketed address other than `:port`.
        case textAfterIPv6(registry: String, after: String)
        /// A port that is not a number.
        case invalidPort(String, registry: String)
        /// Two dots in a row, or a leading or trailing dot, in the host.
        case emptyHostComponent(registry: String)
        /// A character host names cannot contain.
        case invalidHostCharacter(Character, registry: String)
        /// A host component that starts or ends with `-`.
        case hostComponentDash(String, registry: String)
        /// No path at all.
        case emptyPath
        /// Two slashes in a row, or a leading or trailing slash, in the path.
        case emptyPathComponent(path: String)
        /// A path component with uppercase letters.
        case uppercasePath(component: String)
        /// A character image paths cannot contain.
        case invalidPathCharacter(Character, component: String)
        /// A path component that starts or ends with a separator.
        case pathComponentEdge(component: String)
        /// A path component whose parts are joined by something other than `.`, `_`, `__` or dashes.
        case invalidPathSeparator(String, component: String)
        /// `:` with no tag after it.
        case emptyTag
        /// A character tags cannot contain.
        case invalidTagCharacter(Character, tag: String)
        /// A tag that starts with `.` or `-`.
        case invalidTagStart(Character, tag: String)
        /// A tag longer than the grammar allows.
        case tagTooLong(length: Int, limit: Int)
        /// `@` with no digest after it.
        case emptyDigest
        /// A digest without `algorithm:`.
        case digestWithoutAlgorithm(digest: String)
        /// A malformed digest algorithm name.
        case invalidAlgorithm(String)
        /// A digest of a well-known algorithm with a character that is not a lowercase hex digit.
        case notLowercaseHex(Character, algorithm: String)
        /// A digest of a well-known algorithm with the wrong number of hex digits.
        case wrongDigestLength(algorithm: String, length: Int, required: Int)
        /// A digest of another algorithm with a character that is not a hex digit.
        case notHex(Character, algorithm: String)
        /// A digest of another algorithm with too few hex digits.
        case shortDigest(algorithm: String, length: Int, minimum: Int)
        /// A registry and path longer than the grammar allows.
        case nameTooLong(length: Int, limit: Int)

        /// The broken rule and how to write the part instead, as one lowercase phrase.
        public var description: String {
            func shown<Text: StringProtocol>(_ text: Text) -> String { ImageReference.printable(text) }
            switch self {
            case .unclosedIPv6(let registry): return "registry '\(shown(registry))' opens '[' without ']'; write an IPv6 address as '[::1]'"
            case .invalidIPv6(let registry): return "registry '\(shown(registry))' has no valid IPv6 address between '[' and ']'"
            case .textAfterIPv6(let registry, let after):
                return "registry '\(shown(registry))' has '\(shown(after))' after ']'; only ':port' may follow"
            case .invalidPort(let port, let registry): return "port '\(shown(port))' of registry '\(shown(registry))' is not a number"
            case .emptyHostComponent(let registry): return "registry '\(shown(registry))' has an empty host component; remove the extra '.'"
            case .invalidHostCharacter(let bad, let registry):
                return "registry '\(shown(registry))' has '\(shown(String(bad)))', which host names cannot contain"
            case .hostComponentDash(let component, let registry):
                return "registry '\(shown(registry))' has host component '\(component)' that starts or ends with '-'"
            case .emptyPath: return "path is empty; name the image, such as 'library/ubuntu'"
            case .emptyPathComponent(let path): return "path '\(shown(path))' has an empty component; remove the extra '/'"
            case .uppercasePath(let component): return "path component '\(shown(component))' has uppercase letters; image paths are lowercase"
            case .invalidPathCharacter(let bad, let component):
                return "path component '\(shown(component))' has '\(shown(String(bad)))', which image paths cannot contain"
            case .pathComponentEdge(let component):
                return "path component '\(shown(component))' must start and end with a lowercase letter or digit"
            case .invalidPathSeparator(let separator, let component):
                return "path component '\(shown(component))' joins its parts with '\(separator)'; separators are '.', '_', '__' or dashes"
            case .emptyTag: return "tag is empty after ':'; remove the ':' or write a tag"
            case .invalidTagCharacter(let bad, let tag): return "tag '\(shown(tag))' has '\(shown(String(bad)))', which tags cannot contain"
            case .invalidTagStart(let first, let tag): return "tag '\(shown(tag))' starts with '\(first)'; tags start with a letter, digit or '_'"
            case .tagTooLong(let length, let limit): return "tag is \(length) characters long; tags are at most \(limit)"
            case .emptyDigest: return "digest is empty after '@'; write 'sha256:' and 64 hex digits"
            case .digestWithoutAlgorithm(let digest): return "digest '\(shown(digest))' has no algorithm; write it as 'sha256:' and 64 hex digits"
            case .invalidAlgorithm(let algorithm): return "digest algorithm '\(shown(algorithm))' is invalid; write 'sha256'"
            case .notLowercaseHex(let bad, let algorithm):
                return "\(algorithm) digest has '\(shown(String(bad)))', which is not a lowercase hex digit"
            case .wrongDigestLength(let algorithm, let length, let required):
                return "\(algorithm) digest has \(length) hex digits; it needs exactly \(required)"
            case .notHex(let bad, let algorithm): return "\(algorithm) digest has '\(shown(String(bad)))', which is not a hex digit"
            case .shortDigest(let algorithm, let length, let minimum):
                return "\(algorithm) digest has \(length) hex digits; it needs at least \(minimum)"
            case .nameTooLong(let length, let limit): return "name is \(length) characters long; names are at most \(limit)"
            }
        }
    }
}
