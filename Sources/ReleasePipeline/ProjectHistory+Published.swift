import HeraldSupport
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
}
