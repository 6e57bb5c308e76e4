import HeraldSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A notes file or draft inside the repository's work tree, read and written only as a regular file whose
/// folder lies inside the repository.
///
/// Files in a repository are untrusted: a committed `v1.1.0.md -> /proc/self/environ` would publish the
/// environment, `GITHUB_TOKEN` included, and a committed `releases -> /elsewhere` would make a draft be
/// written outside the repository.
struct RepositoryFile {
    /// The repository's work tree.
    var repository: String
    /// The path inside it.
    var relative: String

    /// The most bytes read from one file: notes are text, and a huge file is a mistake or an attack.
    static let sizeLimit = 16 << 20

    /// The full path.
    var path: String { (repository as NSString).appendingPathComponent(relative) }

    /// Refuses a file whose existing folders lead outside the repository, or that is not a regular file.
    func checkInside() throws {
        // The nearest folder that exists decides: the rest is made by the write, as real folders.
        var folder = (path as NSString).deletingLastPathComponent
        while !FileManager.default.fileExists(atPath: folder), folder.count > 1 {
            folder = (folder as NSString).deletingLastPathComponent
        }
        guard ContainedPath.isInside(folder, root: repository) else {
            throw HeraldCLIError.folderOutsideRepository(file: relative)
        }
        var status = stat()
        if lstat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
            throw HeraldCLIError.notesFileNotRegular(file: relative, isLink: (status.st_mode & S_IFMT) == S_IFLNK)
        }
    }

    /// The file's bytes, nil when it does not exist; refused when it is a link, not a regular file, or outside.
    func read() throws -> Data? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        try checkInside()
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw Self.failure(relative, .readFile) }
        defer { close(descriptor) }
        // Checked again on the open file: the path could have changed since lstat.
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw HeraldCLIError.notRegularFile(file: relative)
        }
        guard Int(status.st_size) <= Self.sizeLimit else {
            throw HeraldCLIError.fileTooLarge(file: relative, limitMiB: Self.sizeLimit >> 20)
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while data.count <= Self.sizeLimit {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw Self.failure(relative, .readFile) }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
        }
        throw HeraldCLIError.fileTooLarge(file: relative, limitMiB: Self.sizeLimit >> 20)
    }

    /// An error naming the system's reason.
    static func failure(_ path: String, _ operation: HeraldCLIError.FileOperation) -> HeraldCLIError {
        .fileSystem(path: path, operation: operation, reason: String(cString: strerror(errno)).lowercased())
    }
}
