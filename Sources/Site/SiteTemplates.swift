import Foundation
import Mustache
import ReleaseNotes
import SiteTemplateFiles

/// The site's Mustache templates and theme files: built in, each replaceable by a file in `TEMPLATES/site/`.
public struct SiteTemplates: Sendable {
    /// Where the templates came from, for error messages.
    public let origin: String
    /// Theme files copied into `assets/`, by file name.
    let assets: [String: String]
    /// File names of templates that replace a built-in one.
    let overridden: Set<String>
    /// The parsed Mustache templates.
    let library: MustacheLibrary
    /// The built-in templates not overridden that compile, with every partial they name: rendered without Mustache.
    let compiled: [String: CompiledTemplate]

    /// The built-in templates and theme, by file name.
    static let builtIn = BuiltInSiteFiles.byName

    /// The file names of theme files.
    static let assetExtensions = [".css", ".js"]

    /// The files in a templates folder's `site/` over the built-in ones, or the built-in ones alone when `folder` is nil.
    public static func load(folder: String?) throws -> SiteTemplates {
        guard let folder else {
            return try SiteTemplates(texts: builtIn, origin: "built-in templates")
        }
        return try SiteTemplates(directory: (folder as NSString).appendingPathComponent("site"))
    }

    /// Loads `directory`'s `*.mustache`, `*.css` and `*.js` files over the defaults; a missing folder keeps the defaults.
    public init(directory: String) throws {
        var texts = Self.builtIn
        var overridden: Set<String> = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names.sorted() where name.hasSuffix(".mustache") || Self.assetExtensions.contains(where: name.hasSuffix) {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw SiteError(.unreadableTemplate(path: path))
            }
            texts[name] = String(decoding: data, as: UTF8.self)
            overridden.insert(name)
        }
        try self.init(texts: texts, origin: directory, overridden: overridden)
    }

    /// Parses templates given by file name; errors name `origin/NAME.mustache`, line and column. `compiling` false
    /// renders every template through Mustache, which tests compare the compiled ones with.
    init(texts: [String: String], origin: String, overridden: Set<String> = [], compiling: Bool = true) throws {
        self.origin = origin
        self.overridden = overridden
        HTMLText.registered
        var assets: [String: String] = [:]
        var templates: [(name: String, file: String, text: String)] = []
        for (file, text) in texts {
            if file.hasSuffix(".mustache") {
                templates.append((name: String(file.dropLast(".mustache".count)), file: file, text: text))
            } else {
                assets[file] = text
            }
        }
        do {
            library = try TemplateLibrary.parse(templates, origin: origin)
        } catch let error as ReleaseNotesError {
            throw SiteError(.templates(error))
        }
        self.assets = assets
        compiled = compiling ? Self.compile(templates.filter { !overridden.contains($0.file) }) : [:]
    }

    /// The content types compiled site templates may declare, and whether each escapes values: pages, and the
    /// Markdown of generated notes.
    static let compiledContentTypes = [HTMLText.contentTypeName: true, "TEXT": false]

    /// The templates of `templates` that compile and whose partials all compile too.
    static func compile(_ templates: [(name: String, file: String, text: String)]) -> [String: CompiledTemplate] {
        CompiledTemplate.library(
            of: Dictionary(templates.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first }), contentTypes: compiledContentTypes
        )
    }

    /// Renders `context` with the template called `name`.
    func render(_ context: [String: Any], template name: String) throws -> String {
        if let template = compiled[name], let text = template.render(context, library: compiled, escape: HTMLText.escape) { return text }
        guard let text = library.render(context, withTemplate: name) else {
            throw SiteError(.missingTemplate(path: "\(origin)/\(name).mustache"))
        }
        return text
    }
}
