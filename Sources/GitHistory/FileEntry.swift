#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says of one path in a repository that may be hostile, and bounded reads of small files there: nothing
/// here opens a file that could block (a FIFO, a device) or reads more than it was allowed.
struct FileEntry: Equatable {
    /// What the path is.
    enum Kind: Equatable {
        /// Nothing is there.
        case missing
        /// A regular file.
        case file
        /// A folder.
        case folder
        /// A symbolic link, seen only when links are not followed.
        case link
        /// Anything else, including a path `stat` cannot answer for (no permission, a link that leads nowhere).
        case other
    }

    /// What the path is.
    let kind: Kind
    /// Its size in bytes; 0 unless it is there.
    let size: Int
    /// Whether the path, and with `following` what it leads to, belongs to the user Herald runs as.
    let isOwnedByCurrentUser: Bool

    /// The entry at `path`, its links followed unless `following` is false.
    init(at path: String, following: Bool = true) {
        var link = stat()
        guard lstat(path, &link) == 0 else {
            self.init(kind: errno == ENOENT ? .missing : .other, size: 0, owned: false)
            return
        }
        var target = link
        if following, (link.st_mode & S_IFMT) == S_IFLNK, stat(path, &target) != 0 {
            self.init(kind: .other, size: 0, owned: false)
            return
        }
        let kind: Kind
        switch target.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .folder
        case S_IFLNK: kind = .link
        default: kind = .other
        }
        let user = geteuid()
        self.init(kind: kind, size: Int(target.st_size), owned: link.st_uid == user && target.st_uid == user)
    }

    private init(kind: Kind, size: Int, owned: Bool) {
        self.kind = kind
        self.size = size
        isOwnedByCurrentUser = owned
    }

    /// Whether `path` is a folder that may be searched, as git's `access(X_OK)` test asks.
    static func isSearchableFolder(_ path: String) -> Bool {
        FileEntry(at: path).kind == .folder && access(path, X_OK) == 0
    }

    /// The UTF-8 text of the regular file at `path` (links followed), nil when it is anything else, holds more than
    /// `limit` bytes or is not UTF-8.
    static func smallText(at path: String, limit: Int) -> String? {
        // Non-blocking, so a FIFO or device put in a file's place cannot stall the open; it is then refused by type.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size <= limit else { return nil }
        var bytes = [UInt8](repeating: 0, count: limit + 1)
        var count = 0
        while count < bytes.count {
            let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { return nil }
            if got == 0 { break }
            count += got
        }
        // The file grew past its size between `fstat` and the read: refused like any large file.
        guard count <= limit else { return nil }
        return String(validating: bytes[0..<count], as: UTF8.self)
    }
}
