import Changes
import Foundation

/// Turns a notes document into the plain dictionaries templates read, so rendering needs no reflection.
struct NotesContext {
    /// Section titles by kind, in section order.
    static let sectionTitles: [(ChangeKind, String)] = [
        (.feature, "Features"), (.fix, "Bug fixes"), (.deprecation, "Deprecations"),
        (.performance, "Performance"), (.documentation, "Documentation"), (.dependency, "Dependencies"),
        (.cleanup, "Cleanup"), (.other, "Other changes"),
    ]

    /// The document being rendered.
    let document: NotesDocument

    /// The template context.
    var dictionary: [String: Any] {
        let breaking = document.changes.filter(\.breaking)
        let sections: [[String: Any]] = Self.sectionTitles.compactMap { kind, title in
            let entries = document.changes.filter { !$0.breaking && $0.kind == kind }
            return entries.isEmpty ? nil : ["title": title, "kind": kind.rawValue, "entries": entries.map(EntryContext.init)]
        }
        var context: [String: Any] = [
            "heading": heading,
            "reason": document.range.reason,
            "to": document.range.to,
            "hasChanges": !document.changes.isEmpty,
            "hasBreaking": !breaking.isEmpty,
            "breaking": breaking.map(EntryContext.init),
            "sections": sections,
            "hasExcluded": !document.excluded.isEmpty,
            "excludedCount": document.excluded.count,
            "excluded": document.excluded.map(Self.excludedEntry),
        ]
        let changes = document.imageChanges?.summaries ?? []
        context["hasImages"] = !document.images.isEmpty || !changes.isEmpty
        context["hasImageChanges"] = !changes.isEmpty
        context["imageChanges"] = changes
        context["pinned"] = document.images.map { ["reference": $0.reference.description, "file": $0.file, "line": $0.line] as [String: Any] }
        context["version"] = document.version
        context["suggestedVersion"] = document.suggestedVersion
        context["suggestionReason"] = document.suggestionReason
        context["date"] = document.date.map { String($0.prefix(10)) }
        context["from"] = document.range.from
        context["component"] = document.component
        return context
    }

    /// `v1.2.0 (2024-03-01)`, or `Unreleased` for changes not yet tagged.
    var heading: String {
        guard let version = document.version else { return "Unreleased" }
        return document.date.map { "\(version) (\($0.prefix(10)))" } ?? version
    }

    /// One left-out entry with its reason.
    static func excludedEntry(_ excluded: ExcludedChange) -> [String: Any] {
        [
            "title": excluded.title, "reason": excluded.reason,
            "reference": excluded.pullRequest.map { "#\($0)" } ?? String(excluded.commit.prefix(7)),
        ]
    }
}
