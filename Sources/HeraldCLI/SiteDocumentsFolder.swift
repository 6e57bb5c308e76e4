import HeraldSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Site

/// The folder of Markdown pages the site adds: `site.docs` in the repository, or a folder given with `--docs`.
struct SiteDocumentsFolder {
    /// The repository folder.
    var repo: String
    /// The configured repository-relative folder.
    var configured: String
    /// A folder given on the command line, which wins.
    var explicit: String?
    /// The site's output folder, never read as pages even when it sits inside the docs folder.
    var output: String? = nil

    /// The pages, sorted with `index.md` first, and the pictures beside them; a missing default folder is no pages.
    func read(diagnostics: inout [Diagnostic]) throws -> ([SiteDocument], [String: Data]) {
        let path = explicit ?? (repo as NSString).appendingPathComponent(configured)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            if explicit != nil {
                throw HeraldCLIError.noSuchDocsFolder(path: path)
            }
            return ([], [:])
        }
        // The configured folder must stay inside the repository, even through a symbolic link.
        let realFolder = ContainedPath.resolved(path) ?? path
        if explicit == nil && !ContainedPath.isInside(path, root: repo) {
            throw HeraldCLIError.docsFolderOutsideRepository(path: path)
        }
        // Links that leave the folder point into the repository, so the folder needs its repository path.
        let repositoryFolder = explicit == nil ? configured : Self.relative(path, to: repo) ?? configured
        let excluded = output.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
        var read: [String: Data] = [:]
        let entries = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
        for entry in entries where !entry.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let full = (path as NSString).appendingPathComponent(entry)
            // A page is read only as the regular file it is: a link could publish any file of the machine.
            guard Self.isRegularFile(full), ContainedPath.isInside(full, resolvedRoot: realFolder) else {
                continue
            }
            if let excluded, (realFolder + "/" + entry).hasPrefix(excluded + "/") { continue }
            guard SiteDocument.isSiteFile(entry) else { continue }
            guard let data = FileManager.default.contents(atPath: full) else {
                diagnostics.append(Diagnostic(.unreadablePage, "\(full): cannot read the file; it is left out of the site", subject: full))
                continue
            }
            read[entry] = data
        }
        return SiteDocument.pages(from: read, folder: repositoryFolder)
    }

    /// Whether `path` is a regular file itself, not a symbolic link or a folder.
    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// `path` relative to `base` when it is inside it.
    static func relative(_ path: String, to base: String) -> String? {
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        let root = URL(fileURLWithPath: base).standardizedFileURL.path
        guard full.hasPrefix(root + "/") else { return nil }
        return String(full.dropFirst(root.count + 1))
    }
}
