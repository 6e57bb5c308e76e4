import GitHistory
import ReleaseNotes
import Versioning

/// The sections of changelog files a repository keeps, read from git objects: each release's published text.
///
/// For a release `X.Y.Z` each path (with `{major}` and `{minor}` filled in) is read on the default branch, on
/// `release-X.Y`, then at the release's own commit; the first file holding the release's section wins, so the newest
/// text does. A file Herald generated and nobody edited is not published text.
struct PublishedChangelogs {
    /// One release's published section and where it was read, as `REF:PATH`.
    struct Section: Sendable {
        /// The section's Markdown, its heading included.
        var text: String
        /// The ref and file it came from.
        var source: String
    }

    /// One file a release's section may be in, and where it says the text came from.
    struct Candidate {
        /// The commit and path to read.
        var file: PublishedChangelogFiles.Key
        /// The ref the file is read at, as the source names it: `default branch`, `release-X.Y` or the tag.
        var label: String
        /// Whether the file is of one line (its path has `{minor}`), where a `since` section can stand for the release.
        var perLine: Bool
        /// Whether the file is read at the release's own commit, the last place looked.
        var atRelease: Bool

        /// `LABEL:PATH`, the section's source.
        var source: String { label + ":" + file.path }
    }

    /// The paths to read, with placeholders.
    let patterns: [String]
    /// The component names a heading may carry.
    let components: [String]

    /// The section of each release of `releases` that a changelog file holds, by release commit, read with `reader`
    /// at `defaultTip`, the `release-X.Y` tips in `branchTips`, and each release's commit.
    ///
    /// In a file of one line (a path with `{minor}`), a section that begins only `… since vP` is the notes of the
    /// first stable release of that line after P among `known`, the component's releases.
    func sections(
        for releases: [(release: Release, component: String?)], known: [Release], defaultTip: String?, branchTips: [String: String],
        reader: GitObjectReader
    ) throws -> [String: Section] {
        guard !patterns.isEmpty, !releases.isEmpty else { return [:] }
        let candidates = PublishedCandidates(releases: releases.map(\.release), patterns: patterns, defaultTip: defaultTip, branchTips: branchTips)
        let picker = BasePicker(releases: known)
        var files = PublishedChangelogFiles(reader: reader, components: components)
        // The branches' files first: a few for all releases. A release's own file, a read per release, is needed only
        // when it comes before the first branch file that holds the release's section.
        try files.read(candidates.branchFiles())
        // A section a branch file holds before any of the release's own files could is the answer already.
        var settled: [Section?] = []
        var needed: [PublishedChangelogFiles.Key] = []
        for (index, (release, component)) in releases.enumerated() {
            var answer: Section?
            var ownBefore = false
            for candidate in candidates.candidates(of: index) {
                if candidate.atRelease {
                    needed.append(candidate.file)
                    ownBefore = true
                } else if let section = Self.section(of: release, component: component, among: [candidate], in: files, picker: picker) {
                    if !ownBefore { answer = section }
                    break
                }
            }
            settled.append(answer)
        }
        try files.read(needed)
        var found: [String: Section] = [:]
        for (index, ((release, component), answer)) in zip(releases, settled).enumerated() {
            if let section = answer ?? Self.section(of: release, component: component, among: candidates.candidates(of: index), in: files, picker: picker) {
                found[release.commit] = section
            }
        }
        return found
    }

    /// The first of `candidates` (in order) whose file in `files` holds `release`'s section, nil when none read does.
    static func section(
        of release: Release, component: String?, among candidates: [Candidate], in files: PublishedChangelogFiles, picker: BasePicker
    ) -> Section? {
        for candidate in candidates {
            guard let file = files.file(candidate.file) else { continue }
            if let text = file.sections.section(of: release.version, component: component, in: file.text) {
                return Section(text: text, source: candidate.source)
            }
            guard candidate.perLine, !release.version.isPrerelease else { continue }
            // The base whose "since" section would be this release's: the line's previous stable release, if any.
            if let implicit = comparedSection(of: release.version, after: picker.previousPatch(of: release.version.core)?.version, in: file) {
                return Section(text: implicit, source: candidate.source)
            }
        }
        return nil
    }

    /// What a section read on the default branch says it came from.
    static let defaultBranchLabel = "default branch"

    /// In a file of one line, the section that begins only `… since vP` and so holds `version`'s notes: P is the line's
    /// previous stable release, or for the line's first release the newest earlier version outside the line.
    static func comparedSection(of version: SemanticVersion, after previous: SemanticVersion?, in file: (text: String, sections: ChangelogSections)) -> String? {
        if let previous { return file.sections.section(comparedWith: previous, in: file.text) }
        let outside = file.sections.comparisons.map(\.base).filter { base in
            base < version && (base.major != version.major || base.minor != version.minor)
        }
        return outside.max().flatMap { file.sections.section(comparedWith: $0, in: file.text) }
    }

    /// `pattern` with `{major}` and `{minor}` of `version`.
    static func path(_ pattern: String, for version: SemanticVersion) -> String {
        pattern.replacingOccurrences(of: "{major}", with: String(version.major)).replacingOccurrences(of: "{minor}", with: String(version.minor))
    }

    /// Whether `text` carries the checksum line of a file Herald wrote whole: generated text, not published text.
    static func isHeraldGenerated(_ text: String) -> Bool {
        text.range(of: "<!-- generated by herald; checksum ", options: .backwards) != nil
    }

    /// Changelog files larger than this are not read as published text (16 MiB).
    static let maximumFileSize = 16 << 20
}
