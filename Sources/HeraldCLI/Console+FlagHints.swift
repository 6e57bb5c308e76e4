import Configuration
import GitHistory
import ReleaseNotes

extension Console {
    // Libraries describe a problem without naming a flag; the command layer knows the flags, so it adds them here.

    /// What to append to a git-history error's line: the `--repo` flag that points at another folder.
    static func flagHint(for error: GitHistoryError) -> String {
        switch error {
        case .noSuchFolder: return "; pass --repo with the path of a git clone"
        case .notARepository: return "; run herald inside a clone or pass --repo DIR"
        default: return ""
        }
    }

    /// What to append to a template error's line: the `--templates` flag.
    static func flagHint(for error: ReleaseNotesError) -> String {
        switch error {
        case .unreadableTemplatesFolder: return "; pass --templates DIR"
        default: return ""
        }
    }

    /// What to append to a command error's line: the `--output` flag, where another site folder would do.
    static func flagHint(for error: HeraldCLIError) -> String {
        switch error {
        case .siteOutputIsFile, .siteForeignFiles, .siteOutputBusy: return " or pass another --output"
        default: return ""
        }
    }

    /// What to append to a configuration error's line: the `--config` flag.
    static func flagHint(for error: ConfigurationError) -> String {
        switch error.problem {
        case .noSuchFile: return "; check the --config path"
        case .linkOutsideRepository, .notRegularFile: return ", or pass --config"
        default: return ""
        }
    }
}
