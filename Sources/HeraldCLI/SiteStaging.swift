import Foundation
import HeraldSupport
import Site
#if canImport(Glibc)
import Glibc
#endif

/// A site written into a staging folder beside the output while it is built, then swapped into place.
///
/// Each file is placed as the build hands it over, an unchanged one hard-linked from the previous build, so
/// the pages never sit in memory together. Writing fails nothing during the build: the first failure is kept
/// and thrown by `finish`, and the staging folder is removed, so the previous site stays as it was.
// One thread builds the site and hands over its files; nothing else touches this object.
final class SiteStaging: SiteFileSink, @unchecked Sendable {
    /// The staging folder.
    let folder: String
    private let writer: SiteWriter
    private let token: Int
    private var folders: Set<String>
    /// Every path placed, and those written rather than linked.
    private var placed: Set<String> = []
    private var written: Set<String> = []
    private var failure: (any Error)?

    /// Makes the staging folder for `writer`'s output; the caller holds the output's lock.
    init(writer: SiteWriter) throws {
        // Only folders whose build is gone: another build may be writing its own, and the lock does not cover older versions.
        ScratchName.removeAbandoned(in: writer.parent, base: writer.name)
        (folder, token) = try writer.makeStagingFolder()
        self.writer = writer
        folders = [folder]
        writer.stagingMade?(folder)
    }

    deinit { InterruptCleanup.unregister(token) }

    /// Places `bytes` at `path` in the staging folder; a path placed before is replaced.
    func write(_ bytes: some ContiguousBytes, at path: String) {
        guard failure == nil else { return }
        do {
            if !placed.insert(path).inserted {
                unlink(folder + "/" + path)
                written.remove(path)
            }
            if try writer.place(bytes, at: path, in: folder, folders: &folders) { written.insert(path) }
        } catch {
            failure = error
        }
    }

    /// Puts the staged site in place, or updates a mount point in place from it, and removes the staging folder.
    func finish() throws -> SiteReport {
        if let failure { throw failure }
        var report = SiteReport(output: writer.output, files: placed.count)
        report.written = written.count
        _ = try writer.place(SiteWriter.markerText, at: SiteWriter.marker, in: folder, folders: &folders)
        if try writer.swap(folder) {
            report.unchanged = report.files - report.written
            return report
        }
        // The output cannot be moved: each staged file goes in place, read back one at a time.
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try writer.writeInPlace(paths: placed) { path in
            guard let data = FileManager.default.contents(atPath: folder + "/" + path) else {
                throw SiteWriter.systemError(folder + "/" + path, .readFile)
            }
            return data
        }
    }

    /// Removes the staging folder after a failed build or write; the error to throw says whether an interrupt took it.
    func abandon(after error: any Error) -> any Error {
        // The interrupt handler removes the folder and then ends the process; until it does, say what happened.
        guard access(folder, F_OK) == 0 else { return HeraldCLIError.siteInterrupted(path: writer.output) }
        try? FileManager.default.removeItem(atPath: folder)
        return error
    }
}
