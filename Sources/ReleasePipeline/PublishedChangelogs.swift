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
        // Each release's candidates in the order they win: newest text first.
        var candidates: [String: [(name: String, source: String, perLine: Bool)]] = [:]
        var names: [String] = []
        var seen = Set<String>()
        for (release, _) in releases {
            let line = "release-\(release.version.major).\(release.version.minor)"
            let refs = [(defaultTip, "default branch"), (branchTips[line], line), (Optional(release.commit), release.tag)]
            for (commit, label) in refs {
                guard let commit else { continue }
                for pattern in patterns {
                    let path = Self.path(pattern, for: release.version)
                    let name = commit + ":" + path
                    candidates[release.commit, default: []].append((name, label + ":" + path, pattern.contains("{minor}")))
                    if seen.insert(name).inserted { names.append(name) }
                }
            }
        }
        var files: [String: (text: String, sections: ChangelogSections)] = [:]
        var byBlob: [String: (text: String, sections: ChangelogSections)?] = [:]
        for (name, object) in zip(names, try reader.read(batch: names)) {
            guard let object, object.type == "blob", object.data.count <= Self.maximumFileSize else { continue }
            if let known = byBlob[object.sha] {
                if let known { files[name] = known }
                continue
            }
            guard let text = String(validating: object.data, as: UTF8.self), !Self.isHeraldGenerated(text) else {
                byBlob[object.sha] = .some(nil)
                continue
            }
            let read = (text, ChangelogSections(text: text, components: components))
            byBlob[object.sha] = read
            files[name] = read
        }
        var found: [String: Section] = [:]
        for (release, component) in releases {
            // The base whose "since" section would be this release's: the line's previous stable release, if any.
            let line = known.filter { $0.version.major == release.version.major && $0.version.minor == release.version.minor && !$0.version.isPrerelease }
            let previousInLine = line.filter { $0.version < release.version }.map(\.version).max()
            for candidate in candidates[release.commit] ?? [] {
                guard let file = files[candidate.name] else { continue }
                if let text = file.sections.section(of: release.version, component: component, in: file.text) {
                    found[release.commit] = Section(text: text, source: candidate.source)
                    break
                }
                guard candidate.perLine, !release.version.isPrerelease else { continue }
                let implicit = Self.comparedSection(of: release.version, after: previousInLine, in: file)
                if let implicit {
                    found[release.commit] = Section(text: implicit, source: candidate.source)
                    break
                }
            }
        }
        return found
    }

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
