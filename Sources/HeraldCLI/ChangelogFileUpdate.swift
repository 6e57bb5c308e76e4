import Foundation
import ReleaseNotes

/// A changelog file people edit: the sections of releases it lacks are inserted where they belong, newest first, and
/// every byte already in it stays as it is. A file that lacks nothing is not written at all.
struct ChangelogFileUpdate {
    /// Renders new sections, and whole files that do not exist yet.
    var renderer: MarkdownRenderer
    /// Component names a heading may carry before the version.
    var components: [String]

    /// The file's new text, or nil when it already holds every release of `documents` (newest first).
    ///
    /// Without `existing`, the whole changelog of `documents` under `title`.
    func text(existing: String?, documents: [NotesDocument], title: String) throws -> String? {
        guard let existing else { return try renderer.changelog(documents, title: title) }
        let sections = ChangelogSections(text: existing, components: components)
        var inserts: [Int: String] = [:]
        var atEnd = ""
        for document in documents {
            guard let version = document.version, !sections.holds(version, component: document.component) else { continue }
            let section = try renderer.section(document)
            // Documents come newest first: appending keeps each insertion point's sections in that order.
            if let offset = sections.insertionOffset(for: version, component: document.component) {
                inserts[offset, default: ""] += section
            } else {
                atEnd += section
            }
        }
        guard !inserts.isEmpty || !atEnd.isEmpty else { return nil }
        let bytes = Array(existing.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + inserts.values.reduce(atEnd.utf8.count) { $0 + $1.utf8.count })
        var start = 0
        for offset in inserts.keys.sorted() {
            result += bytes[start..<offset]
            result += Array(inserts[offset, default: ""].utf8)
            start = offset
        }
        result += bytes[start...]
        if !atEnd.isEmpty {
            // Added after the old bytes, never in place of them: a missing final newline gets its own line.
            if let last = result.last, last != 0x0A { result.append(0x0A) }
            if result.count > 1, result.suffix(2) != [0x0A, 0x0A] { result.append(0x0A) }
            result += Array(atEnd.utf8)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Updates the file at `path` (following symbolic links) with `documents`, or writes it whole with `force`;
    /// returns whether it was written.
    func update(path: String, documents: [NotesDocument], title: String, force: Bool) throws -> Bool {
        let target = GeneratedFile.followingLinks(URL(fileURLWithPath: path))
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder)
        if exists && isFolder.boolValue { throw HeraldCLIError.outputIsFolder(path: path) }
        var existing: String?
        if exists && !force {
            guard let data = FileManager.default.contents(atPath: target.path) else { throw HeraldCLIError.unreadableGeneratedFile(path: path) }
            // Offsets are counted in the text's UTF-8: a file that is not UTF-8 could not keep every byte.
            guard let text = String(data: data, encoding: .utf8) else { throw HeraldCLIError.changelogNotUTF8(path: path) }
            existing = text
        }
        guard let text = try text(existing: existing, documents: documents, title: title) else { return false }
        try AtomicFileWrite.write(Data(text.utf8), to: target.path)
        return true
    }
}
