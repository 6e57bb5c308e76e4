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
        /// A file-system call failed; `reason` is the system's own words.
        case fileSystem(path: String, operation: FileOperation, reason: String)
        /// Writing the output failed for a reason Foundation gave, lowercase.
        case writeFailed(path: String, reason: String)
        /// The output path is a file, not a folder.
        case outputIsFile(path: String)
        /// The output folder holds files that no site build wrote (it lacks `marker`): they are never replaced.
        case foreignFiles(path: String, marker: String)
        /// Another build holds the output's lock past the timeout.
        case outputBusy(path: String)
        /// An interrupt removed the staging folder; the previous site is untouched.
        case interrupted(path: String)
        /// A step failed with an error of another module, described in its own words.
        case unexpected(String)

        /// The problem as one line: the path, then why and what to do.
        public var description: String {
            switch self {
            case .unreadableTemplate(let path): return "\(path): cannot read the template"
            case .templates(let error): return error.description
            case .missingTemplate(let path): return "\(path): no such template; the site needs it"
            case .inPage(let path, let problem): return "\(path): \(problem)"
            case .fileSystem(let path, let operation, let reason): return "\(path): \(operation.rawValue) (\(reason))"
            case .writeFailed(let path, let reason): return "\(path): \(reason)"
            case .outputIsFile(let path): return "\(path): a file is in the way of the output folder; remove it"
            case .foreignFiles(let path, let marker):
                return "\(path): the folder has files herald site did not write (no \(marker)); remove it"
            case .outputBusy(let path): return "\(path): another herald site is still writing this output; wait for it to finish"
            case .interrupted(let path): return "\(path): interrupted; the previous site is left as it was"
            case .unexpected(let text): return text
            }
        }
    }
}
