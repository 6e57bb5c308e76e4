import Versioning

/// A three-level product image tag: `2.6.2` (app version), `2.6.2-rev1` (image revision), `2.6.2-rev1-b5.1` (build).
public struct ProductTag: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The application's version, `MAJOR.MINOR.PATCH` without pre-release or build parts.
    public let appVersion: SemanticVersion
    /// The image revision after `-rev`, 0 when the tag has none.
    public let revision: Int
    /// The build numbers after `-b`, such as `[5, 1]`; empty when the tag has none.
    public let build: [Int]
    /// The tag as written.
    public let description: String

    /// Parses `2.6.2`, `2.6.2-rev1` or `2.6.2-rev1-b5.1` (a leading `v` is allowed); nil for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), let version = SemanticVersion(parsing: String(parts[0])),
              !version.isPrerelease, version.build.isEmpty else { return nil }
        var revision = 0
        var build: [Int] = []
        if parts.count >= 2 {
            guard parts[1].hasPrefix("rev"), let number = Self.number(parts[1].dropFirst(3)) else { return nil }
            revision = number
        }
        if parts.count == 3 {
            guard parts[2].hasPrefix("b") else { return nil }
            let numbers = parts[2].dropFirst().split(separator: ".", omittingEmptySubsequences: false).map(Self.number)
            guard !numbers.isEmpty, !numbers.contains(nil) else { return nil }
            build = numbers.compactMap { $0 }
        }
        self.appVersion = version
        self.revision = revision
        self.build = build
        self.description = text
    }

    /// The short tag, the app version as written: `2.6.2`.
    public var shortTag: String {
        String(description.prefix { $0 != "-" })
    }

    /// The intermediate tag `2.6.2-rev1`; nil when the tag has no revision.
    public var intermediateTag: String? {
        let parts = description.split(separator: "-")
        return parts.count >= 2 ? parts[0...1].joined(separator: "-") : nil
    }

    /// Which level changed from `old` to `new`: app version first, then image revision, then build.
    public static func level(from old: ProductTag, to new: ProductTag) -> ProductTagChange {
        if old.appVersion != new.appVersion { return .appVersion }
        if old.revision != new.revision { return .imageRevision }
        if old.build != new.build { return .rebuild }
        return .none
    }

    /// App version by SemVer, then revision, then build numbers compared one by one (`b5` < `b5.1` < `b6`).
    public static func < (lhs: ProductTag, rhs: ProductTag) -> Bool {
        if lhs.appVersion != rhs.appVersion { return lhs.appVersion < rhs.appVersion }
        if lhs.revision != rhs.revision { return lhs.revision < rhs.revision }
        return lhs.build.lexicographicallyPrecedes(rhs.build)
    }

    /// Same app version, revision and build; `2.6.2` and `2.6.2-rev0` are the same image.
    public static func == (lhs: ProductTag, rhs: ProductTag) -> Bool {
        lhs.appVersion == rhs.appVersion && lhs.revision == rhs.revision && lhs.build == rhs.build
    }

    /// Hashes the parts that take part in ordering.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(appVersion)
        hasher.combine(revision)
        hasher.combine(build)
    }

    /// Decodes a tag from its text.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let tag = ProductTag(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a product tag: \(text)"))
        }
        self = tag
    }

    /// Encodes the tag as written.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// A non-negative decimal number of at most 9 digits.
    private static func number(_ digits: Substring) -> Int? {
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }
}
