import Foundation

/// A real git repository in a temporary folder, built by running `git` with a fixed clock and isolated config.
///
/// Not safe for concurrent use: drive one instance from one task at a time.
public final class ScratchRepository: @unchecked Sendable {
    /// The first value of `clock`: 2024-01-01T00:00:00Z.
    public static let startOfClock = 1_704_067_200
    /// Seconds every commit, merge and tag adds to `clock`.
    public static let tick = 3600

    /// The absolute path of the work tree.
    public let path: String
    /// The unix time (seconds) stamped on the next commit, merge or tag.
    public var clock: Int = ScratchRepository.startOfClock

    /// The private folder used as `HOME` and for capture files (`.git/herald-scratch` when a path was given).
    let supportPath: String
    /// Folders deleted by `remove()`.
    let ownedPaths: [String]
    /// Squash commits and fake upstream commits of vendored subtrees, by prefix.
    var subtrees: [String: SubtreeState] = [:]

    /// Creates `git init -b main` in a new temporary folder, or at `path` (created if needed), naming objects with `objectFormat`.
    public convenience init(path: String? = nil, objectFormat: ObjectFormat = .sha1) throws {
        try self.init(workTree: path)
        try run(["init", "-q", "-b", "main", "--object-format=" + objectFormat.rawValue])
    }

    /// Creates the folders without running `git init`; `workTree` nil means `<new temp folder>/repo`.
    init(workTree: String?) throws {
        if let workTree {
            path = URL(fileURLWithPath: workTree).standardizedFileURL.path
            // Inside .git so a kept repository (the demo) leaves nothing behind in the temp folder.
            supportPath = path + "/.git/herald-scratch"
            ownedPaths = [path]
        } else {
            // Resolved so `path` matches what git reports (macOS's temp folder sits behind a symlink).
            let folder = FileManager.default.temporaryDirectory.resolvingSymlinksInPath()
                .appendingPathComponent("herald-scratch-" + UUID().uuidString)
            supportPath = folder.path
            path = supportPath + "/repo"
            ownedPaths = [supportPath]
        }
        do {
            try FileManager.default.createDirectory(atPath: supportPath, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ScratchRepositoryError(command: "init", reason: "cannot create \(supportPath): \(error)")
        }
    }

    /// Runs git in the work tree and returns standard output without trailing newlines.
    @discardableResult
    public func git(_ arguments: String...) throws -> String {
        try run(arguments)
    }

    /// Runs git in the work tree, feeding `input` to standard input, and returns trimmed standard output.
    @discardableResult
    public func git(_ arguments: [String], input: Data? = nil) throws -> String {
        try run(arguments, input: input)
    }

    /// Runs git in the work tree and returns standard output byte for byte.
    public func gitData(_ arguments: [String], input: Data? = nil) throws -> Data {
        try runData(arguments, input: input)
    }

    /// Deletes the repository's folders (best effort).
    public func remove() {
        for owned in ownedPaths {
            try? FileManager.default.removeItem(atPath: owned)
        }
    }
}
