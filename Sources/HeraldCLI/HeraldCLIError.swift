/// A command failure; each case names the problem, and `description` is the one lowercase `error:` line (exit code 1).
public enum HeraldCLIError: Error, Equatable, CustomStringConvertible, Sendable {
    /// `herald COMMAND` needs a release tag and the repository has none; `skippedTags` were not releases.
    case noReleaseTags(command: String, repository: String, skippedTags: Int)
    /// Pull-request metadata needs `owner/name` and neither the configuration nor the environment gives it.
    case noGitHubRepository(context: String)
    /// `--github` without `GITHUB_TOKEN`, where reading the cache with `--offline` would do.
    case noTokenForPullRequests
    /// `herald draft --github` without `GITHUB_TOKEN`, which writing a release needs.
    case noTokenForRelease
    /// A notes file whose folder is a symbolic link out of the repository.
    case folderOutsideRepository(file: String)
    /// A notes file that is a symbolic link (`isLink`) or another non-regular file, found before opening it.
    case notesFileNotRegular(file: String, isLink: Bool)
    /// A file that turned out not to be a regular file once opened.
    case notRegularFile(file: String)
    /// A notes file larger than `limitMiB`.
    case fileTooLarge(file: String, limitMiB: Int)
    /// A file-system call failed; `reason` is the system's, lowercase.
    case fileSystem(path: String, operation: FileOperation, reason: String)
    /// `herald draft` for a version that is already tagged.
    case alreadyTagged(tag: String)
    /// A draft notes file that is not UTF-8, so it was left untouched.
    case draftNotUTF8(file: String)
    /// A suggested version with numbers too long to parse back.
    case suggestedVersionTooLong(version: String, maximumDigits: Int)
    /// `herald draft` in a bare repository or `.git` folder.
    case noWorkTree(repository: String)
    /// A release template whose entries lack the marker that lets drafts keep edits; `entry` is the first such entry.
    case missingDraftMarker(entry: String)
    /// `--docs` names a folder that does not exist.
    case noSuchDocsFolder(path: String)
    /// The configured `site.docs` folder leads out of the repository.
    case docsFolderOutsideRepository(path: String)
    /// `herald demo` into a folder that has files.
    case demoFolderNotEmpty(path: String)
    /// The sample repository could not be built; `reason` describes the underlying error.
    case demoFailed(reason: String)
    /// The output path of a generated file is a folder.
    case outputIsFolder(path: String)
    /// A generated file exists but cannot be read to check it is unedited.
    case unreadableGeneratedFile(path: String)
    /// A generated file was edited by hand or written by something else.
    case editedGeneratedFile(path: String)
    /// A changelog to add sections to is not UTF-8, so it cannot be kept byte for byte.
    case changelogNotUTF8(path: String)

    /// Writing the site hit a failing file-system call; `reason` is the system's own words.
    case siteFileSystem(path: String, operation: FileOperation, reason: String)
    /// Writing the site failed for a reason Foundation gave, lowercase.
    case siteWriteFailed(path: String, reason: String)
    /// The site's output path is a file, not a folder.
    case siteOutputIsFile(path: String)
    /// The site's output folder holds files that no site build wrote (it lacks `marker`): they are never replaced.
    case siteForeignFiles(path: String, marker: String)
    /// Another `herald site` holds the output's lock past the timeout.
    case siteOutputBusy(path: String)
    /// An interrupt removed the site's staging folder; the previous site is untouched.
    case siteInterrupted(path: String)

    /// The failure as one line: what was being done, then why and what to do.
    public var description: String {
        switch self {
        case .noReleaseTags(let command, let repository, let skipped):
            let note = skipped > 0 ? " (\(skipped) tag\(skipped == 1 ? " was" : "s were") skipped as not releases; see the warnings)" : ""
            return "herald \(command): no release tags in \(repository)\(note); "
                + "tag a release (git tag v0.1.0) or use `herald notes`, which starts at the first commit"
        case .noGitHubRepository(let context):
            return "\(context): no repository: set `repository: owner/name` in .herald.yml or GITHUB_REPOSITORY"
        case .noTokenForPullRequests: return "--github: GITHUB_TOKEN is not set; export a token or pass --offline to use the cache"
        case .noTokenForRelease: return "herald draft --github: GITHUB_TOKEN is not set; export a token that may write releases"
        case .folderOutsideRepository(let file):
            return "\(file): its folder leads outside the repository through a symbolic link; make it a real folder inside the repository"
        case .notesFileNotRegular(let file, let isLink):
            let what = isLink ? "a symbolic link" : "not a regular file"
            return "\(file): is \(what); herald reads and writes notes only as regular files, so replace it with the file itself"
        case .notRegularFile(let file): return "\(file): is not a regular file; replace it with the file itself"
        case .fileTooLarge(let file, let limit): return "\(file): is larger than \(limit) MiB; notes files are text, so shorten it"
        case .fileSystem(let path, let operation, let reason): return "\(path): \(operation.rawValue) (\(reason))"
        case .alreadyTagged(let tag):
            return "herald draft: \(tag) is already tagged; drafts are for the next release: "
                + "edit its notes file by hand, or pass --version with an untagged version"
        case .draftNotUTF8(let file): return "\(file): is not valid utf-8, so herald left it untouched; save it as utf-8 and run again"
        case .suggestedVersionTooLong(let version, let digits):
            return "herald draft: the suggested version \(version) has numbers longer than \(digits) digits; pass --version"
        case .noWorkTree(let repository):
            return "\(repository): a bare repository or a .git folder has no work tree for drafts; run herald draft in a clone"
        case .missingDraftMarker(let entry):
            return "release.mustache: the entry of \(entry) has no {{marker}}; "
                + "end each entry line with {{#marker}} {{marker}}{{/marker}} so drafts keep their edits"
        case .noSuchDocsFolder(let path): return "\(path): no such docs folder; pass --docs with a folder of Markdown pages"
        case .docsFolderOutsideRepository(let path):
            return "\(path): the docs folder leads outside the repository; set site.docs to a folder inside it"
        case .demoFolderNotEmpty(let path): return "\(path): the folder is not empty; give herald demo a new folder"
        case .demoFailed(let reason): return "herald demo: cannot build the sample repository (\(reason))"
        case .outputIsFolder(let path): return "\(path): is a folder; pass the path of a file, such as \(path)/CHANGELOG.md"
        case .unreadableGeneratedFile(let path): return "\(path): the file exists but cannot be read; pass --force to overwrite it"
        case .changelogNotUTF8(let path):
            return "\(path): the file is not valid utf-8, so new sections cannot be added without changing it; save it as utf-8 or pass --force to start over"
        case .editedGeneratedFile(let path):
            return "\(path): the file was edited by hand or not written by herald; pass --force to overwrite it"
        case .siteFileSystem(let path, let operation, let reason):
            return Self.siteWriteStep + "\(path): \(operation.rawValue) (\(reason))"
        case .siteWriteFailed(let path, let reason): return Self.siteWriteStep + "\(path): \(reason)"
        case .siteOutputIsFile(let path): return Self.siteWriteStep + "\(path): a file is in the way of the output folder; remove it"
        case .siteForeignFiles(let path, let marker):
            return Self.siteWriteStep + "\(path): the folder has files herald site did not write (no \(marker)); remove it"
        case .siteOutputBusy(let path):
            return Self.siteWriteStep + "\(path): another herald site is still writing this output; wait for it to finish"
        case .siteInterrupted(let path): return Self.siteWriteStep + "\(path): interrupted; the previous site is left as it was"
        }
    }

    /// How every site-writing line starts, as the site pipeline's own step errors do.
    static let siteWriteStep = "site step 'write site': "
}
