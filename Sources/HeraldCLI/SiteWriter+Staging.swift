import Foundation
import HeraldSupport
#if canImport(Glibc)
import Glibc
#endif

extension SiteWriter {
    /// Writes one file into `staging`, or links the previous build's identical file; true when it was written.
    ///
    /// `folders` remembers the folders made so far, so each is made once.
    func place(_ data: some ContiguousBytes, at path: String, in staging: String, folders: inout Set<String>) throws -> Bool {
        let target = staging + "/" + path
        try Self.makeFolders(of: target, under: staging, made: &folders)
        let previous = output + "/" + path
        if access(previous, F_OK) == 0, let old = FileManager.default.contents(atPath: previous), Self.same(old, data), link(previous, target) == 0 {
            return false
        }
        // The staging folder is new and private, so a plain write is enough: the swap makes the site appear at once.
        try Self.writeNewFile(data, at: target)
        return true
    }

    /// Whether `old` holds exactly `new`'s bytes.
    static func same(_ old: Data, _ new: some ContiguousBytes) -> Bool {
        old.withUnsafeBytes { old in new.withUnsafeBytes { new in old.count == new.count && old.elementsEqual(new) } }
    }

    /// Makes the folders between `root` and the file `target`, one at a time; with `replacingFiles`, an old file
    /// that stands where a folder now goes is removed first.
    ///
    /// Never with intermediate folders: a staging folder removed on interrupt must not come back.
    static func makeFolders(of target: String, under root: String, made folders: inout Set<String>, replacingFiles: Bool = false) throws {
        let folder = (target as NSString).deletingLastPathComponent
        guard !folders.contains(folder) else { return }
        var missing: [String] = []
        var current = folder
        while !folders.contains(current) && current.utf8.count > root.utf8.count {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for path in missing.reversed() {
            var status = stat()
            if replacingFiles && lstat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFDIR { unlink(path) }
            if mkdir(path, 0o777) != 0 && errno != EEXIST { throw systemError(path, .createSiteFolder) }
            folders.insert(path)
        }
    }

    /// A new empty folder beside the output, named so that a later build can tell whether its maker still runs.
    ///
    /// It is registered for removal on interrupt before it exists, so no moment leaves it unregistered; the token
    /// unregisters it.
    func makeStagingFolder() throws -> (path: String, token: Int) {
        while true {
            let staging = (parent as NSString).appendingPathComponent(ScratchName.make(for: name))
            let token = InterruptCleanup.register(path: staging)
            // mkdir applies the umask: the site is served to others, so it gets a new folder's usual mode.
            if mkdir(staging, 0o777) == 0 { return (staging, token) }
            let failure = errno
            InterruptCleanup.unregister(token)
            guard failure == EEXIST else {
                errno = failure
                throw Self.systemError(parent, .createTemporaryFolder)
            }
        }
    }

    /// Puts `staging` where the output is: one atomic exchange where the system has it, else two renames.
    ///
    /// False when the output cannot be moved (a mount point), and nothing moved.
    func swap(_ staging: String) throws -> Bool {
        guard FileManager.default.fileExists(atPath: output) else {
            guard rename(staging, output) == 0 else { throw Self.systemError(output, .moveNewSiteIntoPlace) }
            return true
        }
        if AtomicExchange.exchange(staging, output) {
            try? FileManager.default.removeItem(atPath: staging)
            return true
        }
        // Named as a scratch folder: if this build dies before it removes it, a later one will.
        let retired = staging + "-old"
        guard rename(output, retired) == 0 else {
            if errno == EBUSY || errno == EXDEV { return false }
            throw Self.systemError(output, .movePreviousSiteAside)
        }
        guard rename(staging, output) == 0 else {
            let failure = Self.systemError(output, .moveNewSiteIntoPlace)
            _ = rename(retired, output)
            throw failure
        }
        try? FileManager.default.removeItem(atPath: retired)
        return true
    }
}
