import Foundation
import HeraldSupport
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file whole or not at all: into a scratch file beside it, then renamed over it.
///
/// The scratch file's name tells which process made it (`ScratchName`): it is removed on an interrupt,
/// and a later run removes one that a killed run left, so `git add -A` never picks one up.
enum AtomicFileWrite {
    /// Writes `data` to `path`, creating missing folders; a failure leaves the old file as it was.
    static func write(_ data: Data, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw HeraldCLIError.fileSystem(path: path, operation: .createFolder, reason: (error as NSError).localizedDescription.lowercased())
        }
        ScratchName.removeAbandoned(in: folder, base: name)
        let scratch = (folder as NSString).appendingPathComponent(ScratchName.make(for: name))
        let token = InterruptCleanup.register(path: scratch)
        defer { InterruptCleanup.unregister(token) }
        let descriptor = open(scratch, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o666)
        guard descriptor >= 0 else { throw failure(path, .writeFile) }
        var problem = data.withUnsafeBytes { DescriptorWrite.all($0, to: descriptor) } ?? 0
        // A full disk can show only at fsync or close: both count.
        if problem == 0 && fsync(descriptor) != 0 { problem = errno }
        if close(descriptor) != 0 && problem == 0 { problem = errno }
        guard problem == 0 else {
            unlink(scratch)
            throw HeraldCLIError.fileSystem(path: path, operation: .writeFile, reason: String(cString: strerror(problem)).lowercased())
        }
        guard rename(scratch, path) == 0 else {
            let failed = failure(path, .moveIntoPlace)
            unlink(scratch)
            throw failed
        }
    }

    /// An error naming the system's reason.
    static func failure(_ path: String, _ operation: HeraldCLIError.FileOperation) -> HeraldCLIError {
        .fileSystem(path: path, operation: operation, reason: String(cString: strerror(errno)).lowercased())
    }
}
