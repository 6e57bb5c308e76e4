import Foundation

/// A local git repository that Herald reads with a fixed, small number of git processes.
public struct GitRepository: Sendable {
    /// The folder git runs in.
    public let path: String
    /// How git is started.
    public let launch: GitLaunch
    /// The settings read once for the partial-clone check and the remotes' addresses.
    let settings = GitSettings()

    /// Opens the repository at `path`, failing clearly when it is missing, not a repository or shallow; a plain
    /// repository is opened without starting git.
    public init(path: String, launch: GitLaunch) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw GitHistoryError.noSuchFolder(path: path)
        }
        self.path = path
        self.launch = launch
        guard try !Self.isShallow(at: path, launch: launch) else { throw GitHistoryError.shallowClone(path: path) }
    }

    /// Whether the repository at `path` is shallow: from its files when `GitFolders` finds them plainly, else from git.
    static func isShallow(at path: String, launch: GitLaunch) throws -> Bool {
        if let known = GitFolders(at: path, environment: launch.environment)?.isShallow { return known }
        // A folder without a repository fails here as `GitHistoryError.notARepository`, decided by GitProcess.
        let answer = try GitProcess(launch: launch, directory: path).output(["rev-parse", "--is-shallow-repository"])
        return String(decoding: answer, as: UTF8.self).hasPrefix("true")
    }

    /// A runner for one git process in this repository.
    func git(input: Data? = nil) -> GitProcess {
        GitProcess(launch: launch, directory: path, input: input)
    }

    /// The branch HEAD is on, or nil when HEAD is detached.
    public func currentBranch() throws -> String? {
        let data = try? git().output(["symbolic-ref", "--quiet", "--short", "HEAD"])
        let name = data.map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
        return (name?.isEmpty ?? true) ? nil : name
    }
}

extension GitRepository {
    /// Whether this is a partial clone, whose object store may lack trees and blobs that git would fetch on demand
    /// (`extensions.partialClone` set to a remote, or a remote marked `promisor`); read with the remotes' addresses
    /// in one `git config` call.
    public func isPartialClone() -> Bool {
        settings.all(in: self).contains { key, values in
            key == "extensions.partialclone" ? values.contains { $0 != nil }
                : key.hasPrefix("remote.") && key.hasSuffix(".promisor") && values.contains { $0?.lowercased() == "true" }
        }
    }
}
