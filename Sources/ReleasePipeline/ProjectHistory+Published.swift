import HeraldSupport
import GitHistory
import Foundation
import ReleaseNotes
import Versioning

extension ProjectHistory {
    /// The repository-relative path of a version's notes file: `<drafts folder>/<component>/<version>.md`.
    package func notesFile(for version: SemanticVersion) -> String {
        "\(configuration.workflow.draftsFolder)/\(component.name)/\(version.tagName).md"
    }

    /// `document` with its published notes, when the release is tagged and its notes file exists.
    ///
    /// Published notes win: a maintainer's file is what every output shows, not regenerated text. A file the
    /// source refuses (a link, outside the repository) or that is not UTF-8 is left out with a warning.
    package mutating func withPublishedNotes(_ document: NotesDocument) -> NotesDocument {
        guard let version = document.version, document.suggestedVersion == nil, let notesFiles else { return document }
        let path = notesFile(for: version)
        let data: Data
        do {
            guard let read = try notesFiles.contents(of: path) else { return document }
            data = read
        } catch {
            warn(.unsafeNotesFile, "\(error); the notes of \(version) are generated instead")
            return document
        }
        guard let text = EditedText(data: data) else {
            warn(.unsafeNotesFile, "\(path) is not valid utf-8; the notes of \(version) are generated instead")
            return document
        }
        var published = document
        published.notesFile = path
        published.publishedNotes = DraftDocument(parsing: text.text).publishedBody
        return published
    }

    /// The published section of each released plan's version in the changelog files the configuration names, by
    /// release commit: one `git for-each-ref` (none when the default tip is known and no line has a branch to read)
    /// and the object reads of `reader`.
    mutating func publishedSections(for plans: [RangePlan], reader: GitObjectReader) throws -> [String: PublishedChangelogs.Section] {
        let releases = plans.compactMap { plan in plan.release.map { (release: $0, component: componentName) } }
        let files = configuration.notes.changelogFiles
        guard !releases.isEmpty, !files.isEmpty else { return [:] }
        // Release branches were read with the tags.
        let tips = branches.tips(ofLines: releases.map { ($0.release.version.major, $0.release.version.minor) })
        let published = PublishedChangelogs(patterns: files, components: configuration.componentNames)
        return try published.sections(
            for: releases, known: self.releases, defaultTip: defaultTip, branchTips: tips, reader: reader
        )
    }

    /// `document` with the published section, when no notes file gave it published notes already.
    func withPublishedSection(_ document: NotesDocument, _ section: PublishedChangelogs.Section?) -> NotesDocument {
        guard let section, document.publishedNotes == nil, document.version != nil, document.suggestedVersion == nil else { return document }
        var published = document
        published.notesFile = section.source
        published.publishedNotes = section.text
        return published
    }
}
