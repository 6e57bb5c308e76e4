import Changes
import Images
import Dependencies
import Foundation

/// Turns a notes document into the plain dictionaries templates read, so rendering needs no reflection.
struct NotesContext {
    /// The document being rendered.
    let document: NotesDocument
    /// The sections and their titles.
    var layout = SectionLayout.standard
    /// Whether entries carry draft markers.
    var marked = false
    /// The repository and documentation addresses.
    var links = NotesLinks()

    /// The template context.
    var dictionary: [String: Any] {
        let breaking = ordered(document.changes.filter(\.breaking))
        let placed = document.changes.map(layout.placement(of:))
        let sections: [[String: Any]] = layout.kinds.indices.compactMap { index in
            let section = layout.kinds[index]
            let entries = ordered(document.changes.indices.filter { !document.changes[$0].breaking && placed[$0] == index }.map { document.changes[$0] })
            return entries.isEmpty ? nil : ["title": section.title, "kind": section.kind.rawValue, "entries": entries.map(entry)]
        }
        var context: [String: Any] = [
            "heading": heading,
            "reason": document.range.reason,
            "to": document.range.to,
            "hasChanges": !document.changes.isEmpty,
            "hasBreaking": !breaking.isEmpty,
            "breakingTitle": layout.breakingTitle,
            "breaking": breaking.map(entry),
            "hasSections": !sections.isEmpty,
            "sections": sections,
            "hasExcluded": !document.excluded.isEmpty,
            "excludedCount": document.excluded.count,
            "excluded": document.excluded.map(Self.excludedEntry),
        ]
        // Without a base every image would read as added, which says nothing.
        let own = Set(document.ownImages)
        let diff = document.range.from == nil ? nil : document.imageChanges
        let changes = diff?.summaries { !own.contains($0) } ?? []
        let ownChanges = diff?.summaries { own.contains($0) } ?? []
        context["hasImages"] = !document.images.isEmpty || !changes.isEmpty || !ownChanges.isEmpty
        context["hasImageChanges"] = !changes.isEmpty
        context["imageChanges"] = changes
        context["imageUpdates"] = diff.map { imageUpdates($0, excluding: own) } ?? []
        context["hasOwnImageChanges"] = !ownChanges.isEmpty
        context["ownImageChanges"] = ownChanges
        context["hasPinned"] = !document.images.isEmpty && (!changes.isEmpty || !ownChanges.isEmpty)
        // Each reference once, with every file that pins it: deploy folders repeat the same images many times.
        var files: [String: [String]] = [:]
        var order: [PinnedImage] = []
        for image in document.images {
            let key = image.reference.description
            if files[key] == nil { order.append(image) }
            if !(files[key]?.contains(image.file) ?? false) { files[key, default: []].append(image.file) }
        }
        context["pinned"] = order.map { image -> [String: Any] in
            let key = image.reference.description
            return ["reference": key, "file": image.file, "line": image.line, "files": (files[key] ?? []).joined(separator: ", ")]
        }
        context["published"] = document.publishedNotes
        context["version"] = document.version?.tagName
        context["suggestedVersion"] = document.suggestedVersion?.tagName
        context["suggestionReason"] = document.suggestionReason
        context["date"] = document.date?.day
        context["from"] = document.range.from
        context["component"] = document.component
        if let dependencies = document.dependencies { context["dependencies"] = Self.dependencyContext(dependencies) }
        context["repositoryURL"] = links.repositoryURL
        context["documentationURL"] = links.documentationURL
        context["versionNumber"] = (document.version ?? document.suggestedVersion).map { Self.number($0.tagName) } ?? "Unreleased"
        context["fromVersionNumber"] = document.range.from.map(Self.number)
        if let repository = links.repositoryURL, let from = document.range.from {
            context["compareURL"] = "\(repository)/compare/\(from)...\(document.version == nil ? document.range.toCommit : document.range.to)"
        }
        return context
    }

    /// What templates see of a dependency diff: each list's Markdown lines and a one-line summary.
    static func dependencyContext(_ diff: DependencyDiff) -> [String: Any] {
        func entry(module: String, line: String, text: String, url: String?, indirect: Bool) -> [String: Any] {
            var entry: [String: Any] = ["module": module, "line": line, "text": text, "indirect": indirect]
            entry["url"] = url
            return entry
        }
        let counts = [(diff.added.count, "added"), (diff.changed.count, "changed"), (diff.removed.count, "removed")]
        return [
            "added": diff.added.map { entry(module: $0.module, line: $0.markdownLine, text: $0.versionText, url: $0.url, indirect: $0.indirect) },
            "changed": diff.changed.map {
                entry(module: $0.module, line: $0.markdownLine, text: "\($0.fromText) → \($0.toText)", url: $0.url, indirect: $0.indirect)
            },
            "removed": diff.removed.map { entry(module: $0.module, line: $0.markdownLine, text: $0.versionText, url: $0.url, indirect: $0.indirect) },
            "hasAdded": !diff.added.isEmpty, "hasChanged": !diff.changed.isEmpty, "hasRemoved": !diff.removed.isEmpty,
            "isEmpty": diff.isEmpty,
            "summary": counts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", "),
        ]
    }

    /// Each third-party image change with a link to its upstream's changes when its source is known: a compare view
    /// between the two tags, or the release of an added image.
    func imageUpdates(_ diff: ImageDiff, excluding own: Set<String>) -> [[String: Any]] {
        let changed = diff.changed.filter { !own.contains($0.name) }.map { change -> (String, [String: Any]) in
            var entry: [String: Any] = ["text": change.summary, "name": change.name]
            if let repository = links.imageSources.repository(of: change.name), let old = change.from.tag, let new = change.to.tag {
                entry["url"] = "\(links.hostURL)/\(repository)/compare/\(old)...\(new)"
                entry["source"] = repository
            }
            entry["digest"] = change.upstream.map(\.summary)
            return (change.name, entry)
        }
        let added = diff.added.filter { !own.contains($0.name) }.map { reference -> (String, [String: Any]) in
            var entry: [String: Any] = ["text": "\(reference.shortName) \(reference.versionLabel) (added)", "name": reference.name]
            if let repository = links.imageSources.repository(of: reference.name), let tag = reference.tag {
                entry["url"] = "\(links.hostURL)/\(repository)/releases/tag/\(tag)"
                entry["source"] = repository
            }
            return (reference.name, entry)
        }
        let removed = diff.removed.filter { !own.contains($0.name) }.map { reference in
            (reference.name, ["text": "\(reference.shortName) \(reference.versionLabel) (removed)", "name": reference.name] as [String: Any])
        }
        return (changed + added + removed).enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    }

    /// `changes` in the layout's order: as they came (newest first), or by the bytes of the text they show.
    func ordered(_ changes: [Change]) -> [Change] {
        guard layout.sortsEntriesByText else { return changes }
        return changes.map { (change: $0, key: Array(($0.note ?? $0.title).utf8)) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }
            .map(\.change)
    }

    /// The template context of one change.
    func entry(_ change: Change) -> EntryContext {
        EntryContext(change: change, marked: marked, release: document.version, links: links.changes)
    }

    /// `6.2.0` for `v6.2.0` or `client/v6.2.0`: a tag's version without its prefix and `v`, as Kubernetes headings show it.
    static func number(_ tag: String) -> String {
        let last = tag.split(separator: "/").last.map(String.init) ?? tag
        return last.hasPrefix("v") && last.dropFirst().first?.isNumber == true ? String(last.dropFirst()) : last
    }

    /// `v1.2.0 (2024-03-01)`, or `Unreleased` for changes not yet tagged; a component's name comes first.
    var heading: String {
        let name = document.component.map { $0 + " " } ?? ""
        guard let version = document.version?.tagName else { return name + "Unreleased" }
        return name + (document.date.map { "\(version) (\($0.day))" } ?? version)
    }

    /// One left-out entry with its reason.
    static func excludedEntry(_ excluded: ExcludedChange) -> [String: Any] {
        [
            "title": excluded.title, "reason": excluded.reason,
            "reference": excluded.reference,
        ]
    }
}
