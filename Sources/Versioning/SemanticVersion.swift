/// A SemVer 2.0.0 version, ordered by the specification's precedence rules.
public struct SemanticVersion: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The major version.
    public var major: Int
    /// The minor version.
    public var minor: Int
    /// The patch version.
    public var patch: Int
    /// Pre-release identifiers, empty for a stable release.
    public var prerelease: [PrereleaseIdentifier]
    /// Build metadata identifiers; they never affect precedence.
    public var build: [String]

    /// The most digits a version number may have, so that the next version can always be counted.
    public static let maximumDigits = 15

    /// Creates a version from its parts.
    public init(_ major: Int, _ minor: Int, _ patch: Int, prerelease: [PrereleaseIdentifier] = [], build: [String] = []) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
        self.build = build
    }

    /// Whether this is a pre-release such as `2.0.0-rc1`.
    public var isPrerelease: Bool { !prerelease.isEmpty }

    /// The same version without pre-release and build parts.
    public var core: SemanticVersion { SemanticVersion(major, minor, patch) }

    /// The version as SemVer writes it, without a `v` prefix.
    public var description: String {
        var text = "\(major).\(minor).\(patch)"
        if !prerelease.isEmpty { text += "-" + prerelease.map(\.description).joined(separator: ".") }
        if !build.isEmpty { text += "+" + build.joined(separator: ".") }
        return text
    }

    /// The version with a `v` prefix, as tags write it.
    public var tagName: String { "v" + description }

    /// SemVer 2.0.0 precedence.
    public static func < (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool {
        if (lhs.major, lhs.minor, lhs.patch) != (rhs.major, rhs.minor, rhs.patch) {
            return (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
        }
        // SemVer §11.3: a pre-release ranks below the release it leads to.
        switch (lhs.prerelease.isEmpty, rhs.prerelease.isEmpty) {
        case (true, _): return false
        case (false, true): return true
        case (false, false):
            for (left, right) in zip(lhs.prerelease, rhs.prerelease) where left != right {
                return left < right
            }
            return lhs.prerelease.count < rhs.prerelease.count
        }
    }

    /// Equal precedence; build metadata is ignored.
    public static func == (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool {
        (lhs.major, lhs.minor, lhs.patch) == (rhs.major, rhs.minor, rhs.patch) && lhs.prerelease == rhs.prerelease
    }

    /// Hashes the parts that take part in precedence.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(major)
        hasher.combine(minor)
        hasher.combine(patch)
        hasher.combine(prerelease)
    }

    /// Decodes the version from its text form.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let version = SemanticVersion(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a version: \(text)"))
        }
        self = version
    }

    /// Encodes every field, absent values as `null` as the JSON contract spells them.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
