import Foundation
import Site
#if canImport(Glibc)
import Glibc
#endif

/// Puts a built site in place atomically: written to a temporary folder beside the output, then swapped in.
///
/// Files whose bytes are unchanged are hard-linked from the previous build instead of written again,
/// so their modification times stay and deploy tools see only real changes. One build at a time
/// writes an output; another waits for it. An output that cannot be moved, such as a mount point,
/// is updated in place instead, each file replaced atomically.
public struct SiteWriter: Sendable {
    /// The output folder.
    public let output: String
    /// How the new site takes the old one's place; nil to choose by the output (in place for a mount point).
    package var strategy: Strategy?
    /// How long a build waits for another build into the same output.
    package var lockTimeout: TimeInterval = SiteOutputLock.defaultTimeout
    /// Called with the staging folder as soon as it exists; tests interrupt a build there.
    package var stagingMade: (@Sendable (String) -> Void)?

    /// How the new site takes the old one's place.
    package enum Strategy: Sendable {
        /// Built in a folder beside the output, then swapped with it: readers see the old site or the new one.
        case swap
        /// Each file replaced where it is, then the files the new build lacks removed.
        case inPlace
    }

    /// The file that marks a folder as a site Herald built and may replace.
    public static let marker = ".herald-site"

    /// The marker's content.
    static let markerText = Data("Built by herald site. This folder is replaced on every build.\n".utf8)

    /// Creates a writer for `output`; a symbolic link is followed, so the folder it names is what gets replaced.
    public init(output: String) {
        self.output = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The output's name, which its staging folders and lock file are named after.
    var name: String { (output as NSString).lastPathComponent }

    /// The folder the output is in.
    var parent: String { (output as NSString).deletingLastPathComponent }

    /// Writes `files` (site path → bytes) and puts them in place; on failure the previous site is left as it was.
    public func write(_ files: [String: Data]) throws -> SiteReport {
        try write { sink in
            guard let sink else { return BuiltSite(files: files, warnings: []) }
            for path in files.keys.sorted() {
                if let data = files[path] { sink.write(data, at: path) }
            }
            return BuiltSite(files: [:], warnings: [])
        }.report
    }

    /// Builds a site with `build` and puts it in place; on failure, the build's or the write's, the previous site is
    /// left as it was and the error is the one met.
    ///
    /// `build` gets a sink to hand each file to as it is made, which stages it at once, or nil when the output is
    /// updated in place (a mount point): then it returns its files and they are written once it is done.
    public func write(building build: ((any SiteFileSink)?) throws -> BuiltSite) throws -> (site: BuiltSite, report: SiteReport) {
        try checkReplaceable()
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw HeraldCLIError.siteFileSystem(path: parent, operation: .createSiteFolder, reason: Self.reason(error))
        }
        let strategy = self.strategy ?? (isMountPoint ? .inPlace : .swap)
        let lock: SiteOutputLock
        switch strategy {
        case .swap:
            lock = try SiteOutputLock(lockingFile: (parent as NSString).appendingPathComponent(".\(name).herald-lock"), timeout: lockTimeout)
        case .inPlace:
            if mkdir(output, 0o777) != 0 && errno != EEXIST { throw Self.systemError(output, .createSiteFolder) }
            lock = try SiteOutputLock(lockingFolder: output, timeout: lockTimeout)
        }
        defer { lock.release() }
        // The build that held the lock may have left another kind of folder here.
        try checkReplaceable()
        guard strategy == .swap else {
            let site = try build(nil)
            return (site, try described { try writeInPlace(paths: site.files.keys) { site.files[$0] ?? Data() } })
        }
        let staging = try described { try SiteStaging(writer: self) }
        do {
            let site = try build(staging)
            return (site, try described { try staging.finish() })
        } catch {
            throw staging.abandon(after: error)
        }
    }

    /// `body`'s result; an error other than Herald's own becomes a one-line write failure naming the output.
    private func described<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as HeraldCLIError {
            throw error
        } catch {
            throw HeraldCLIError.siteWriteFailed(path: output, reason: Self.reason(error))
        }
    }

    /// Refuses to replace a folder with content that Herald did not build: a person's files are never lost.
    ///
    /// Callers may check before a long build, so a wrong `--output` fails at once.
    public func checkReplaceable() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw HeraldCLIError.siteOutputIsFile(path: output)
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        guard entries.isEmpty || entries.contains(Self.marker) else {
            throw HeraldCLIError.siteForeignFiles(path: output, marker: Self.marker)
        }
    }

    /// Whether the output is on another file system than its parent, as a container's volume is: it cannot be moved.
    var isMountPoint: Bool {
        var folder = stat(), above = stat()
        guard stat(output, &folder) == 0, stat(parent, &above) == 0 else { return false }
        return folder.st_dev != above.st_dev
    }

    /// Writes `data` to the new file `path`, which must not exist yet.
    static func writeNewFile(_ data: some ContiguousBytes, at path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw systemError(path, .writeFile) }
        defer { close(descriptor) }
        if let failure = data.withUnsafeBytes({ DescriptorWrite.all($0, to: descriptor) }) {
            errno = failure
            throw systemError(path, .writeFile)
        }
    }

    /// An error naming the system's reason.
    static func systemError(_ path: String, _ operation: HeraldCLIError.FileOperation) -> HeraldCLIError {
        .siteFileSystem(path: path, operation: operation, reason: String(cString: strerror(errno)))
    }

    /// A lowercase reason from a Foundation error.
    static func reason(_ error: Error) -> String {
        (error as NSError).localizedDescription.lowercased()
    }
}
