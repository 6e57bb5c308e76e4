/// A Go module version as go.mod writes it, and how the Kubernetes release notes show and link it.
///
/// A pseudo-version (`v0.0.0-20240416155748-26353dc0451f`, `v1.2.4-0.20191109021931-daa7c04131f5`,
/// `v1.2.3-rc.1.0.20191109021931-daa7c04131f5`) shows as its commit's first 7 characters; any other version shows
/// as written, `+incompatible` included.
public struct ModuleVersion: Sendable, Hashable, CustomStringConvertible {
    /// The number of commit characters a pseudo-version shows.
    public static let shortCommitLength = 7

    /// The version exactly as written.
    public let text: String
    /// The commit a pseudo-version names, such as `26353dc0451f`; nil for any other version.
    public let commit: String?

    /// Reads a version; any text is accepted, and only what Go calls a pseudo-version gets a commit.
    public init(_ text: String) {
        self.text = text
        self.commit = GoSemanticVersion(text).flatMap { Self.pseudoCommit(of: $0) }
    }

    /// Whether this is a pseudo-version, per Go's `module.IsPseudoVersion`.
    public var isPseudoVersion: Bool {
        commit != nil
    }

    /// Whether the version carries `+incompatible` (a v2+ tag of a module without a go.mod major suffix).
    public var isIncompatible: Bool {
        text.hasSuffix("+incompatible")
    }

    /// The commit's first 7 characters for a pseudo-version, such as `26353dc`.
    public var shortCommit: String? {
        commit.map { String($0.prefix(Self.shortCommitLength)) }
    }

    /// How notes show the version: the short commit for a pseudo-version, else the text as written.
    public var displayText: String {
        shortCommit ?? text
    }

    /// The git ref a link names: the short commit for a pseudo-version, else the tag (the text without `+incompatible`).
    public var reference: String {
        if let shortCommit { return shortCommit }
        return isIncompatible ? String(text.dropLast("+incompatible".count)) : text
    }

    /// The version as written.
    public var description: String {
        text
    }

    /// The commit of a pseudo-version, matching Go's pattern
    /// `^v[0-9]+\.(0\.0-|\d+\.\d+-([^+]*\.)?0\.)\d{14}-[A-Za-z0-9]+(\+…)?$` on a valid version.
    private static func pseudoCommit(of version: GoSemanticVersion) -> String? {
        // Pre-release identifiers are dot-separated, so the timestamp and commit share the last one:
        // `20240416155748-26353dc0451f`.
        guard let last = version.prerelease.last, let dash = last.lastIndex(of: "-") else { return nil }
        let timestamp = last[..<dash]
        let commit = last[last.index(after: dash)...]
        guard timestamp.utf8.count == 14, timestamp.utf8.allSatisfy(isDigit),
              !commit.isEmpty, commit.utf8.allSatisfy({ isDigit($0) || isLetter($0) })
        else { return nil }
        let earlier = version.prerelease.dropLast()
        // `vX.0.0-TIMESTAMP-COMMIT`, or `…-[PRE.]0.TIMESTAMP-COMMIT` for a version after a tag.
        let afterZeroZero = earlier.isEmpty && version.numbers[1] == "0" && version.numbers[2] == "0"
        let afterTag = earlier.last == "0"
        guard afterZeroZero || afterTag else { return nil }
        return String(commit)
    }

    /// An ASCII digit.
    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// An ASCII letter of either case.
    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
