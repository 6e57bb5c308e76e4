import Foundation
import Mustache

/// The Mustache templates notes are rendered with, loaded from a folder of `*.mustache` files.
public struct TemplateLibrary: Sendable {
    /// The folder the templates came from.
    public let directory: String
    let library: MustacheLibrary

    /// Loads every `*.mustache` file in `directory`; a template with an error names its file, line and column.
    public init(directory: String) throws {
        self.directory = directory
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".mustache") }.sorted()
        } catch {
            throw ReleaseNotesError(context: directory, reason: "cannot read the templates folder; pass --templates DIR")
        }
        var library = MustacheLibrary()
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ReleaseNotesError(context: path, reason: "cannot read the template")
            }
            do {
                try library.register(String(decoding: data, as: UTF8.self), named: String(name.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                let where_ = "\(path):\(error.context.lineNumber):\(error.context.columnNumber)"
                throw ReleaseNotesError(context: where_, reason: Self.explain(error.error))
            }
        }
        self.library = library
    }

    /// Renders `context` with the template called `name`.
    public func render(_ context: [String: Any], template name: String) throws -> String {
        guard let text = library.render(context, withTemplate: name) else {
            throw ReleaseNotesError(context: directory, reason: "no template named \(name).mustache")
        }
        return text
    }

    /// The first folder that holds `notes.mustache`: `explicit`, `HERALD_TEMPLATES`, the install's share folder, the source tree.
    public static func locate(explicit: String?) throws -> String {
        if let explicit { return explicit }
        var candidates: [String] = []
        if let variable = ProcessInfo.processInfo.environment["HERALD_TEMPLATES"], !variable.isEmpty {
            candidates.append(variable)
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent("../share/herald/templates").standardized.path)
        // Builds run from the checkout (make demo, swift test) read the repository's own templates.
        let sourceTree = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../templates")
        candidates.append(sourceTree.standardized.path)
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate + "/notes.mustache") {
            return candidate
        }
        throw ReleaseNotesError(
            context: "templates",
            reason: "notes.mustache not found in \(candidates.joined(separator: ", ")); run `make install` or pass --templates DIR"
        )
    }

    /// A readable reason for a Mustache parse error.
    static func explain(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: return "a section is closed with another name than it was opened with"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is never closed: add its {{/name}}"
        case .invalidSetDelimiter: return "the set-delimiter tag is malformed"
        default: return "template error (\(String(describing: error).lowercased()))"
        }
    }
}
