import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Names of temporary files and folders that tell which process made them, so a later run can remove
/// what a killed run left behind: `.NAME.herald-tmp-PID-RANDOM`.
public enum ScratchName {
    /// The marker every scratch name carries after the base name.
    static let infix = ".herald-tmp-"

    /// A new scratch name for something that will become `base` (a file or folder name, not a path).
    public static func make(for base: String) -> String {
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        return "." + base + infix + "\(getpid())-" + random
    }

    /// The process that made a scratch name for `base`, or nil when `name` is not one.
    public static func owner(of name: String, base: String) -> Int32? {
        let prefix = "." + base + infix
        guard name.hasPrefix(prefix) else { return nil }
        return name.dropFirst(prefix.count).split(separator: "-").first.flatMap { Int32($0) }
    }

    /// Whether the process that made `name` is gone: its leftovers may be removed.
    public static func isAbandoned(_ name: String, base: String) -> Bool {
        guard let pid = owner(of: name, base: base) else { return false }
        if pid == getpid() { return false }
        // ESRCH: no such process. EPERM means it exists under another user: not ours to remove.
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    /// Removes the scratch files and folders for `base` in `folder` whose makers are gone.
    public static func removeAbandoned(in folder: String, base: String) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for entry in entries where isAbandoned(entry, base: base) {
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(entry))
        }
    }
}
