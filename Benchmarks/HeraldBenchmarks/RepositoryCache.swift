import Foundation

/// The generated benchmark repository, kept outside the source tree and made again only when incomplete.
struct RepositoryCache {
    /// Bumped whenever the generator writes a different history, so old caches are never reused.
    static let generatorVersion = "generator-1"

    /// Folder for one generator version, size and shape: `<root>/herald-bench/<version>/<commits>c-<tags>t[-<shape>]`.
    let directory: URL
    /// What the output calls this repository: "repository", "monorepo" or the label given.
    let label: String
    /// How many commits the history has at least.
    let commitTarget: Int
    /// How many tags the history has exactly.
    let tagTarget: Int

    /// The repository itself, with main checked out.
    var repository: URL {
        directory.appendingPathComponent("repo")
    }

    /// Written last, so that a repository without it is known to be incomplete.
    private var marker: URL {
        directory.appendingPathComponent("complete")
    }

    /// Uses `root` if given, else $HERALD_BENCH_CACHE, $XDG_CACHE_HOME or ~/.cache; `shape` names a history
    /// other than the single sidecar's, and the folder it gets; `label` names it in the output instead of "monorepo".
    init(root: String?, commitTarget: Int, tagTarget: Int, shape: String? = nil, label: String? = nil) {
        let environment = ProcessInfo.processInfo.environment.filter { !$0.value.isEmpty }
        let base = root ?? environment["HERALD_BENCH_CACHE"]
            ?? environment["XDG_CACHE_HOME"]
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache").path
        directory = URL(fileURLWithPath: base)
            .appendingPathComponent("herald-bench")
            .appendingPathComponent(Self.generatorVersion)
            .appendingPathComponent("\(commitTarget)c-\(tagTarget)t" + (shape.map { "-\($0)" } ?? ""))
        self.label = label ?? (shape == nil ? "repository" : "monorepo")
        self.commitTarget = commitTarget
        self.tagTarget = tagTarget
    }

    /// Returns the repository, generating it first with `writeHistory` unless a complete one is cached;
    /// prints what it did.
    func prepare(writeHistory: (FastImportStream) throws -> Void) throws -> URL {
        let column = label.padding(toLength: 12, withPad: " ", startingAt: 0)
        if FileManager.default.fileExists(atPath: marker.path) {
            BenchmarkProgram.show("\(column)cached at \(repository.path)")
            return repository
        }
        let files = FileManager.default
        let building = directory.appendingPathComponent("repo.partial")
        do {
            try? files.removeItem(at: directory)
            try files.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw BenchmarkFailure("cannot create cache folder \(directory.path): \(error.localizedDescription)")
        }
        let started = ChildProcess.monotonicSeconds()
        _ = try ChildProcess.capture(["git", "init", "-q", "-b", "main", building.path])
        let git = ["git", "-C", building.path]
        let importer = try ChildProcess(git + ["fast-import", "--quiet", "--done"], input: .pipe, output: .inherited)
        guard let descriptor = importer.inputDescriptor else {
            throw BenchmarkFailure("git fast-import has no input pipe")
        }
        let stream = FastImportStream(descriptor: descriptor)
        do {
            try writeHistory(stream)
            try stream.close()
        } catch {
            stream.abandon()
            _ = try? importer.wait()
            throw error
        }
        let imported = try importer.wait()
        guard imported.succeeded else {
            throw BenchmarkFailure("git fast-import failed (\(imported.ending)); its errors are above")
        }
        let importSeconds = ChildProcess.monotonicSeconds() - started
        _ = try ChildProcess.capture(git + ["update-ref", "-d", PullRequestWriter.scratchRef])
        _ = try ChildProcess.capture(git + ["reset", "-q", "--hard", "main"])
        _ = try ChildProcess.capture(git + ["repack", "-adq"])
        do {
            try files.moveItem(at: building, to: repository)
            let counts = "commits \(stream.lastMark)\ntags \(stream.tagCount)\n"
            try counts.write(to: marker, atomically: true, encoding: .utf8)
        } catch {
            throw BenchmarkFailure("cannot finish cache \(directory.path): \(error.localizedDescription)")
        }
        let total = ChildProcess.monotonicSeconds() - started
        BenchmarkProgram.show("\(column)generated at \(repository.path)")
        BenchmarkProgram.show("generation  \(Format.seconds(total)) (\(Format.seconds(importSeconds)) fast-import of "
            + "\(Format.count(stream.lastMark)) commits and \(Format.count(stream.tagCount)) tags, "
            + "then checkout and repack -adq)")
        return repository
    }
}
