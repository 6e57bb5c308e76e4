import Foundation
import HeraldSupport

/// Finds and reads the configuration file: the one `--config` names, or `REPO/.herald.yml` if it exists.
public enum ConfigurationLoader {
    /// The file Herald reads from the repository's top folder when `--config` is not given.
    public static let defaultFileName = ".herald.yml"

    /// Reads the configuration: `explicitPath` must exist; without it `repository/.herald.yml` is read
    /// when present, and otherwise the default configuration is used and `file` is nil.
    public static func load(explicitPath: String?, repository: String) throws -> (HeraldConfiguration, file: String?) {
        let path = explicitPath ?? defaultPath(repository: repository)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            guard explicitPath == nil else {
                throw ConfigurationError(file: path, .noSuchFile)
            }
            return (.default, nil)
        }
        guard !isFolder.boolValue else {
            throw ConfigurationError(file: path, .isFolder)
        }
        if explicitPath == nil { try requireInside(path, repository: repository) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ConfigurationError(file: path, .unreadable)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(file: path, .notUTF8)
        }
        return (try HeraldConfiguration(yaml: text, file: path), path)
    }

    /// Refuses a repository's own `.herald.yml` that is not a regular file inside it: the file is committed,
    /// so a link in it could make Herald read, and echo in errors, any file of the machine.
    static func requireInside(_ path: String, repository: String) throws {
        guard ContainedPath.isInside(path, root: repository), let file = ContainedPath.resolved(path) else {
            throw ConfigurationError(file: path, .linkOutsideRepository)
        }
        guard let kind = try? FileManager.default.attributesOfItem(atPath: file)[.type] as? FileAttributeType, kind == .typeRegular else {
            throw ConfigurationError(file: path, .notRegularFile)
        }
    }

    /// `.herald.yml` in `repository`, written as short as possible for messages: `.herald.yml` for the current folder.
    static func defaultPath(repository: String) -> String {
        var folder = repository
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        switch folder {
        case "", ".": return defaultFileName
        case "/": return "/" + defaultFileName
        default: return folder + "/" + defaultFileName
        }
    }
}
