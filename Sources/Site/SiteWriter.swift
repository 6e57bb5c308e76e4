import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Puts a built site in place atomically: written to a temporary folder beside the output, then swapped in.
///
/// Files whose bytes are unchanged are hard-linked from the previous build instead of written again,
/// so their modification times stay and deploy tools see only real changes.
public struct SiteWriter: Sendable {
    /// The output folder.
    public let output: String

    /// The file that marks a folder as a site Herald built and may replace.
    public static let marker = ".herald-site"

    /// The step name write errors are stamped with.
    static let step = "write site"

    /// Creates a writer for `output`; a symbolic link is followed, so the folder it names is what gets replaced.
    public init(output: String) {
        self.output = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Writes `files` (site path → bytes) and swaps them in; on failure the previous site is left as it was.
    public func write(_ files: [String: Data]) throws -> SiteReport {
        let fileManager = FileManager.default
        try checkReplaceable()
        let parent = (output as NSString).deletingLastPathComponent
        do {
            try fileManager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw SiteError(step: Self.step, context: parent, reason: "cannot create the folder (\(Self.reason(error)))")
        }
        removeAbandonedStagingFolders(in: parent)
        let staging = try makeStagingFolder(in: parent)
        do {
            var report = SiteReport(output: output, files: files.count)
            var folders: Set<String> = [staging]
            for path in files.keys.sorted() {
                guard let data = files[path] else { continue }
                if try place(data, at: path, in: staging, folders: &folders) { report.written += 1 }
            }
            let marker = Data("Built by herald site. This folder is replaced on every build.\n".utf8)
            _ = try place(marker, at: Self.marker, in: staging, folders: &folders)
            try swap(staging)
            report.unchanged = report.files - report.written
            return report
        } catch {
            try? fileManager.removeItem(atPath: staging)
            if let error = error as? SiteError { throw error }
            throw SiteError(step: Self.step, context: output, reason: Self.reason(error))
        }
    }

    /// Refuses to replace a folder with content that Herald did not build: a person's files are never lost.
    ///
    /// Callers may check before a long build, so a wrong `--output` fails at once.
    public func checkReplaceable() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw SiteError(step: Self.step, context: output, reason: "a file is in the way of the output folder; remove it or pass another --output")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        guard entries.isEmpty || entries.contains(Self.marker) else {
            throw SiteError(
                step: Self.step, context: output,
                reason: "the folder has files herald site did not write (no \(Self.marker)); remove it or pass another --output"
            )
        }
    }

    /// Writes one file into `staging`, or links the previous build's identical file; true when it was written.
    ///
    /// `folders` remembers the folders made so far, so each is made once.
    func place(_ data: Data, at path: String, in staging: String, folders: inout Set<String>) throws -> Bool {
        let target = staging + "/" + path
        let folder = (target as NSString).deletingLastPathComponent
        if !folders.contains(folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            folders.insert(folder)
        }
        let previous = output + "/" + path
        if access(previous, F_OK) == 0, let old = FileManager.default.contents(atPath: previous), old == data, link(previous, target) == 0 {
            return false
        }
        // The staging folder is new and private, so a plain write is enough: the swap makes the site appear at once.
        let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.systemError(target, "cannot write the file") }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw Self.systemError(target, "cannot write the file") }
                offset += written
            }
        }
        return true
    }

    /// A new empty folder beside the output, on the same file system so the swap is a rename.
    func makeStagingFolder(in parent: String) throws -> String {
        let name = "." + (output as NSString).lastPathComponent + ".herald-XXXXXX"
        var template = Array((parent as NSString).appendingPathComponent(name).utf8CString)
        guard let made = mkdtemp(&template) else {
            throw SiteError(step: Self.step, context: parent, reason: "cannot create a temporary folder (\(String(cString: strerror(errno))))")
        }
        let staging = String(cString: made)
        // mkdtemp makes a private folder; the site is served to others, so it gets the mode a new folder would get.
        let mask = umask(0)
        umask(mask)
        chmod(staging, 0o777 & ~mask)
        return staging
    }

    /// Removes staging folders that a killed build left beside the output.
    func removeAbandonedStagingFolders(in parent: String) {
        let prefix = "." + (output as NSString).lastPathComponent + ".herald-"
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        for entry in entries where entry.hasPrefix(prefix) {
            try? FileManager.default.removeItem(atPath: (parent as NSString).appendingPathComponent(entry))
        }
    }

    /// Puts `staging` where the output is: one atomic exchange where the system has it, else two renames.
    func swap(_ staging: String) throws {
        guard FileManager.default.fileExists(atPath: output) else {
            guard rename(staging, output) == 0 else { throw Self.systemError(output, "cannot move the new site into place") }
            return
        }
        if AtomicExchange.exchange(staging, output) {
            try? FileManager.default.removeItem(atPath: staging)
            return
        }
        let retired = staging + "-old"
        guard rename(output, retired) == 0 else { throw Self.systemError(output, "cannot move the previous site aside") }
        guard rename(staging, output) == 0 else {
            let failure = Self.systemError(output, "cannot move the new site into place")
            _ = rename(retired, output)
            throw failure
        }
        try? FileManager.default.removeItem(atPath: retired)
    }

    /// An error naming the system's reason.
    static func systemError(_ path: String, _ what: String) -> SiteError {
        SiteError(step: step, context: path, reason: "\(what) (\(String(cString: strerror(errno))))")
    }

    /// A lowercase reason from a Foundation error.
    static func reason(_ error: Error) -> String {
        (error as NSError).localizedDescription.lowercased()
    }
}
