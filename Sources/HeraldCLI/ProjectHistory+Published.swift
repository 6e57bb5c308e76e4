import Foundation
import ReleaseNotes

extension ProjectHistory {
    /// The repository-relative path of a version's notes file: `<drafts folder>/<component>/<version>.md`.
    func notesFile(for version: String) -> String {
        "\(configuration.workflow.draftsFolder)/\(component.name)/\(version).md"
    }

    /// `document` with its published notes, when the release is tagged and its notes file exists.
    ///
    /// Published notes win: a maintainer's file is what every output shows, not regenerated text.
    func withPublishedNotes(_ document: NotesDocument) -> NotesDocument {
        guard let version = document.version, document.suggestedVersion == nil else { return document }
        let relative = notesFile(for: version)
        guard let data = FileManager.default.contents(atPath: (repository.path as NSString).appendingPathComponent(relative)) else {
            return document
        }
        var published = document
        published.notesFile = relative
        published.publishedNotes = DraftDocument(parsing: String(decoding: data, as: UTF8.self)).publishedBody
        return published
    }
}
