import Foundation
import Mustache
import NotesTemplates

/// The Mustache templates notes are rendered with, loaded from a folder of `*.mustache` files.
public struct TemplateLibrary: Sendable {
    /// The folder the templates came from.
    public let directory: String
    let library: MustacheLibrary
    /// The style's own templates that compile, by name; those the folder replaces, and those including them, render
    /// through Mustache.
    let compiled: [String: CompiledTemplate]

    /// Loads every `*.mustache` file in `directory` over `style`'s templates; a template with an error names its file,
    /// line and column.
    public init(directory: String, style: NotesStyle = .standard) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".mustache") }.sorted()
        } catch {
            throw ReleaseNotesError.unreadableTemplatesFolder(path: directory)
        }
        // A folder may customise one template; the others stay the style's.
        var texts = style.templates
        var overridden = Set<String>()
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ReleaseNotesError.unreadableTemplate(path: path)
            }
            let template = String(name.dropLast(".mustache".count))
            texts[template] = String(decoding: data, as: UTF8.self)
            overridden.insert(template)
        }
        try self.init(texts: texts, origin: directory, overridden: overridden)
    }

    /// Parses templates given by name; errors name `origin/NAME.mustache`, line and column. Those not `overridden`
    /// are compiled too, unless `compiling` is false: then Mustache renders every one, which tests compare with.
    init(texts: [String: String], origin: String, overridden: Set<String> = [], compiling: Bool = true) throws {
        directory = origin
        library = try Self.parse(texts.map { (name: $0.key, file: $0.key + ".mustache", text: $0.value) }, origin: origin)
        compiled = compiling ? CompiledTemplate.library(of: texts.filter { !overridden.contains($0.key) }, contentTypes: ["TEXT": false]) : [:]
    }

    /// A Mustache library of `templates`, each registered under `name`; a parse error names `origin/file`, line and column.
    public static func parse(_ templates: [(name: String, file: String, text: String)], origin: String) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for template in templates.sorted(by: { $0.name < $1.name }) {
            do {
                try library.register(template.text, named: template.name)
            } catch let error as MustacheTemplate.ParserError {
                let location = "\(origin)/\(template.file):\(error.context.lineNumber):\(error.context.columnNumber)"
                throw ReleaseNotesError.templateSyntax(location: location, reason: explain(error.error))
            }
        }
        return library
    }

    /// The templates in `folder` over `style`'s, or `style`'s alone when `folder` is nil.
    public static func load(folder: String?, style: NotesStyle = .standard) throws -> TemplateLibrary {
        if let folder { return try TemplateLibrary(directory: folder, style: style) }
        let origin = style == .standard ? "built-in templates" : "built-in \(style.rawValue) templates"
        return try TemplateLibrary(texts: style.templates, origin: origin)
    }

    /// Renders `context` with the template called `name`.
    public func render(_ context: [String: Any], template name: String) throws -> String {
        // Notes templates are TEXT, whose values are never escaped.
        if let template = compiled[name], let text = template.render(context, library: compiled, escape: { $0 }) { return text }
        guard let text = library.render(context, withTemplate: name) else {
            throw ReleaseNotesError.missingTemplate(folder: directory, name: name)
        }
        return text
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
