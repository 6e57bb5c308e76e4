import Versioning

/// The releases a changelog file already holds, found by their headings, and where sections for newer ones go.
///
/// A release's heading is a Markdown heading whose first version is the release's: `# Release notes for 6.2.0`,
/// `## v1.2.0 (2024-03-01)`, `## [1.1.0] - 2024-01-01`, `## server v1.1.0 (…)`. A heading that says what a release
/// is compared with (`# Changelog since 6.1.0`) names no release. Text inside fenced code blocks is not read.
public struct ChangelogSections: Sendable {
    /// One release a heading names: its version, and the component named just before it when there is one.
    public struct Release: Hashable, Sendable {
        /// The component, lowercased, when the heading puts a known component's name before the version.
        public var component: String?
        /// The version.
        public var version: SemanticVersion
        /// The UTF-8 offset of its heading's line.
        public var offset: Int = 0
    }

    /// The releases found, in file order.
    public private(set) var releases: [Release] = []
    /// The UTF-8 offset of the first release heading's line; nil when the file names no release.
    public private(set) var firstHeadingOffset: Int?
    /// Sections whose heading says only what they are compared with (`# Changelog since v1.2.0`), not under a release
    /// heading: how older per-line files begin a release's notes. Each with that base and its heading's offset.
    public private(set) var comparisons: [(base: SemanticVersion, offset: Int)] = []

    /// Reads `text`; `components` are the names that may stand before a version.
    public init(text: String, components: [String] = []) {
        let known = Set(components.map { $0.lowercased() })
        // Whether the last heading of each level named a release.
        var lastAtLevel: [Int: Bool] = [:]
        var offset = 0
        var fenced = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { offset += line.utf8.count + 1 }
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { fenced.toggle() }
            guard !fenced, trimmed.hasPrefix("#"), line.utf8.count <= 400 else { continue }
            let level = trimmed.prefix { $0 == "#" }.count
            if var release = Self.release(inHeading: trimmed, components: known) {
                if firstHeadingOffset == nil { firstHeadingOffset = offset }
                release.offset = offset
                releases.append(release)
                lastAtLevel[level] = true
            } else if let base = Self.comparedBase(inHeading: trimmed) {
                // Under a release heading of the same level it is that release's; alone, it begins a section.
                if lastAtLevel[level] != true { comparisons.append((base, offset)) }
                lastAtLevel[level] = false
            } else {
                lastAtLevel[level] = false
            }
        }
    }

    /// Whether the file holds `version` (of `component`, when the file's headings name components).
    public func holds(_ version: SemanticVersion, component: String?) -> Bool {
        releases.contains { $0.version == version && Self.same(component, as: $0) }
    }

    /// Where the section of `version` goes so the file stays newest first: before the first release it is newer than,
    /// else at the end; nil for the end.
    public func insertionOffset(for version: SemanticVersion, component: String?) -> Int? {
        releases.first { $0.version < version && Self.same(component, as: $0) }?.offset
    }

    /// Whether a heading's release may be `component`'s: it names that component, or none.
    private static func same(_ component: String?, as release: Release) -> Bool {
        release.component == nil || release.component == component?.lowercased()
    }

    /// The version a heading says its section is compared with (`Changelog since v1.2.0`), if it says one.
    static func comparedBase(inHeading heading: Substring) -> SemanticVersion? {
        let words = heading.drop { $0 == "#" }.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let since = words.firstIndex(where: { $0.lowercased() == "since" }), since + 1 < words.count else { return nil }
        return SemanticVersion(parsing: String(words[since + 1]))
    }

    /// The release a heading names, if it names one.
    static func release(inHeading heading: Substring, components: Set<String>) -> Release? {
        let words = heading.drop { $0 == "#" }.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !words.contains(where: { $0.lowercased() == "since" }) else { return nil }
        for (index, word) in words.enumerated() {
            // `[1.1.0]`, `[1.1.0](https://…)`, `v1.2.0`, `(v1.2.0)`: the version without the brackets around it.
            var token = word.drop { "[(".contains($0) }
            if let end = token.firstIndex(where: { "])".contains($0) }) { token = token[..<end] }
            guard let version = SemanticVersion(parsing: String(token)) else { continue }
            let before = index > 0 ? words[index - 1].lowercased() : nil
            return Release(component: before.flatMap { components.contains($0) ? $0 : nil }, version: version)
        }
        return nil
    }

    /// The section of `version` (of `component`) in `text`, the text this value was read from: its heading to the
    /// next release's heading, without the blank lines at its end; nil when the file does not hold it.
    public func section(of version: SemanticVersion, component: String?, in text: String) -> String? {
        guard let release = releases.first(where: { $0.version == version && Self.same(component, as: $0) }) else { return nil }
        return section(startingAt: release.offset, in: text)
    }

    /// The section that begins `… since BASE` alone, from its heading to the next section; nil when there is none.
    public func section(comparedWith base: SemanticVersion, in text: String) -> String? {
        comparisons.first { $0.base == base }.flatMap { section(startingAt: $0.offset, in: text) }
    }

    /// The text from the heading at `start` to the next section's heading, without the blank lines at its end.
    private func section(startingAt start: Int, in text: String) -> String? {
        let bytes = Array(text.utf8)
        let starts = releases.map(\.offset) + comparisons.map(\.offset)
        let end = starts.filter { $0 > start }.min() ?? bytes.count
        guard start <= end, end <= bytes.count else { return nil }
        var slice = bytes[start..<end]
        while let last = slice.last, last == 0x0A || last == 0x20 || last == 0x0D || last == 0x09 { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }
}
