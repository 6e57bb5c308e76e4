/// Decides which tags are releases of a component: its prefix, then `vMAJOR.MINOR.PATCH[-pre]`.
public struct TagScheme: Sendable {
    /// The component's tag prefix, for example `""` or `"client/"`.
    public var prefix: String
    /// Prefixes of the other configured components, whose tags are skipped without a warning.
    public var otherPrefixes: [String]

    /// Creates a scheme for a component with `prefix`.
    public init(prefix: String = "", otherPrefixes: [String] = []) {
        self.prefix = prefix
        self.otherPrefixes = otherPrefixes.filter { $0 != prefix }
    }

    /// Classifies one tag name.
    public func classify(_ name: String) -> TagClassification {
        // The longest matching prefix owns the tag, so "client/" wins over "".
        let owned = name.hasPrefix(prefix)
        if let owner = otherPrefixes.filter({ name.hasPrefix($0) }).max(by: { $0.count < $1.count }),
           owner.count > prefix.count || !owned {
            return .otherComponent
        }
        guard owned else { return .skipped("its prefix belongs to no configured component") }
        // Most repositories' tags have no prefix: this runs once for every tag, so no copy then.
        let rest = prefix.isEmpty ? name : String(name.dropFirst(prefix.count))
        guard rest.hasPrefix("v"), let version = SemanticVersion(parsing: rest) else {
            if let slash = rest.lastIndex(of: "/"), SemanticVersion(parsing: String(rest[rest.index(after: slash)...])) != nil {
                return .skipped("prefix '\(rest[...slash])' belongs to no configured component")
            }
            return .skipped("not a version tag (expected \(prefix)vMAJOR.MINOR.PATCH)")
        }
        guard Self.isReleaseForm(version.prerelease) else {
            let text = version.prerelease.map(\.description).joined(separator: ".")
            return .skipped("pre-release '\(text)' is not a release form such as rc1, rc.2 or alpha.1")
        }
        return .release(version)
    }

    /// Whether pre-release identifiers read like `rc1`, `rc.2`, `beta` or `alpha.1.3`.
    static func isReleaseForm(_ identifiers: [PrereleaseIdentifier]) -> Bool {
        guard let first = identifiers.first else { return true }
        guard case .alphanumeric(let label) = first else { return false }
        let letters = label.prefix { $0.isLetter && $0.isASCII }
        let digits = label.dropFirst(letters.count)
        guard !letters.isEmpty, digits.count <= SemanticVersion.maximumDigits,
              digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        return identifiers.dropFirst().allSatisfy { if case .numeric = $0 { return true } else { return false } }
    }
}
