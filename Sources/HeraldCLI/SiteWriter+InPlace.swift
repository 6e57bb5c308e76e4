import Foundation
import HeraldSupport
#if canImport(Glibc)
import Glibc
#endif

extension SiteWriter {
    /// Replaces the output's files where they are, each one atomically, then removes the files the new build lacks.
    ///
    /// For an output that cannot be moved, such as a container's volume: while it runs a reader may see
    /// old and new pages side by side, but never half a file.
    ///
    /// `contents` gives each path's bytes when its turn comes, so only one file need be in memory at a time.
    func writeInPlace(paths: some Collection<String>, contents: (String) throws -> Data) throws -> SiteReport {
        var report = SiteReport(output: output, files: paths.count)
        var folders: Set<String> = [output]
        // The marker first: a folder left half-updated is still one Herald may replace.
        _ = try replaceFile(Self.markerText, at: Self.marker, folders: &folders)
        for path in paths.sorted() {
            if try replaceFile(try contents(path), at: path, folders: &folders) { report.written += 1 }
        }
        removeStaleEntries(keeping: Set(paths).union([Self.marker]))
        report.unchanged = report.files - report.written
        return report
    }

    /// Puts `data` at site path `path` through a scratch file in the same folder renamed over it; false when the file had those bytes already.
    func replaceFile(_ data: Data, at path: String, folders: inout Set<String>) throws -> Bool {
        let target = output + "/" + path
        try Self.makeFolders(of: target, under: output, made: &folders, replacingFiles: true)
        var status = stat()
        if lstat(target, &status) == 0 {
            let type = status.st_mode & S_IFMT
            if type == S_IFDIR {
                // An old folder where a file now goes.
                try FileManager.default.removeItem(atPath: target)
            } else if type == S_IFREG, FileManager.default.contents(atPath: target) == data {
                return false
            }
        }
        let folder = (target as NSString).deletingLastPathComponent
        let scratch = (folder as NSString).appendingPathComponent(ScratchName.make(for: (path as NSString).lastPathComponent))
        let token = InterruptCleanup.register(path: scratch)
        defer { InterruptCleanup.unregister(token) }
        do {
            try Self.writeNewFile(data, at: scratch)
            guard rename(scratch, target) == 0 else { throw Self.systemError(target, .replaceFile) }
        } catch {
            unlink(scratch)
            throw error
        }
        return true
    }

    /// Removes every file under the output that is not one of `kept` (site paths), then the folders left empty.
    ///
    /// Links are removed, never followed; scratch files of killed builds go too, since the lock keeps out live ones.
    func removeStaleEntries(keeping kept: Set<String>) {
        let entries = (FileManager.default.enumerator(atPath: output)?.allObjects as? [String]) ?? []
        var folders: [String] = []
        for entry in entries {
            let path = output + "/" + entry
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                folders.append(path)
            } else if !kept.contains(entry) {
                unlink(path)
            }
        }
        // Deepest first, so a folder's emptied subfolders are gone before it is tried; rmdir leaves a folder with files.
        for folder in folders.sorted(by: { $0.utf8.count > $1.utf8.count }) {
            rmdir(folder)
        }
    }
}
