import ReleaseNotes

extension SiteError {
    /// What went wrong in a site build; each case names the problem, and `description` is its one lowercase line.
    public indirect enum Problem: Equatable, CustomStringConvertible, Sendable {
        /// A template file in the templates folder cannot be read.
        case unreadableTemplate(path: String)
        /// A template does not parse, or another template-library failure.
        case templates(ReleaseNotesError)
        /// The site asked for a template that neither the folder nor the built-ins have.
        case missingTemplate(path: String)
        /// A failure while rendering the page or feed at site path `path`.
        case inPage(path: String, problem: Problem)
        /// A step failed with an error of another module, described in its own words.
        case unexpected(String)

        /// The problem as one line: the path, then why and what to do.
        public var description: String {
            switch self {
            case .unreadableTemplate(let path): return "\(path): cannot read the template"
            case .templates(let error): return error.description
            case .missingTemplate(let path): return "\(path): no such template; the site needs it"
            case .inPage(let path, let problem): return "\(path): \(problem)"
            case .unexpected(let text): return text
            }
        }
    }
}
