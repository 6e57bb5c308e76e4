/// A failure to load or render templates; each case names the problem, and `description` is the one lowercase line.
public enum ReleaseNotesError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The templates folder cannot be listed: it is missing or not readable.
    case unreadableTemplatesFolder(path: String)
    /// A template file in the folder cannot be read.
    case unreadableTemplate(path: String)
    /// A template does not parse; `location` is `FOLDER/NAME.mustache:LINE:COLUMN`.
    case templateSyntax(location: String, reason: String)
    /// Rendering asked for a template the library does not have.
    case missingTemplate(folder: String, name: String)

    /// The error as one line: where, then why and what to do.
    public var description: String {
        switch self {
        case .unreadableTemplatesFolder(let path): return "\(path): cannot read the templates folder"
        case .unreadableTemplate(let path): return "\(path): cannot read the template"
        case .templateSyntax(let location, let reason): return "\(location): \(reason)"
        case .missingTemplate(let folder, let name): return "\(folder): no template named \(name).mustache"
        }
    }
}
