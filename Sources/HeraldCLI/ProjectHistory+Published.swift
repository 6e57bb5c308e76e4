import HeraldSupport
import Foundation
import ReleaseNotes

extension ProjectHistory {
    /// The repository-relative path of a version's notes file: `<drafts folder>/<component>/<version>.md`.
    func notesFile(for version: String) -> String {
        "\(configuration.workflow.draftsFolder)/\(component.name)/\(version).md"
    }

    /// `document` with its published notes, when the release is tagged and its notes file exists.
    ///
    /// Published notes win: a maintainer's file is what every output shows, not regenerated text. The file is
    /// read only as a regular file inside the repository; a link or a file that is not UTF-8 is left out with a warning.
    mutating func withPublishedNotes(_ document: NotesDocument) -> NotesDocument {
        guard let version = document.version, document.suggestedVersion == nil else { return document }
        let file = RepositoryFile(repository: repository.path, relative: notesFile(for: version))
        let data: Data
        do {
            guard let read = try file.read() else { return document }
            data = read
        } catch let error as HeraldCLIError {
            warn(.unsafeNotesFile, "\(error.description); the notes of \(version) are generated instead")
            return document
        } catch {
            return document
        }
        guard let text = EditedText(data: data) else {
            warn(.unsafeNotesFile, "\(file.relative) is not valid utf-8; the notes of \(version) are generated instead")
            return document
        }
        var published = document
        published.notesFile = file.relative
        published.publishedNotes = DraftDocument(parsing: text.text).publishedBody
        return published
    }
}
