#if canImport(Glibc)
import Glibc
#endif

/// Whether a path, every symbolic link followed, stays inside a folder: the one test for files a repository
/// commits, since a link in one could lead anywhere on the machine.
package enum ContainedPath {
    /// `path` with every symbolic link resolved, nil when it does not exist.
    package static func resolved(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }

    /// Whether `path` exists and, links resolved, is `resolvedRoot` or lies inside it.
    package static func isInside(_ path: String, resolvedRoot: String) -> Bool {
        guard let real = resolved(path) else { return false }
        return resolvedRoot == "/" || real == resolvedRoot || real.hasPrefix(resolvedRoot + "/")
    }

    /// Whether `path` exists and, links resolved, is `root` or lies inside it.
    package static func isInside(_ path: String, root: String) -> Bool {
        isInside(path, resolvedRoot: resolved(root) ?? root)
    }
}
