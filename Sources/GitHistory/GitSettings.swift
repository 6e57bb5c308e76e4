import Foundation
import HeraldSupport

/// The few repository settings Herald reads (`extensions.partialClone`, each remote's `promisor` and `url`), read
/// with one `git config` the first time any is asked for, and shared by every copy of the repository.
final class GitSettings: Sendable {
    /// Values by key as git prints them (section and key lowercased, a remote's name as written), in file order;
    /// nil until read. A key given without a value (`[extensions] partialClone`) has a nil among its values.
    private let read = Locked<[String: [String?]]?>(nil)

    /// The values of `key`, reading every setting with `repository`'s git the first time.
    func values(of key: String, in repository: GitRepository) -> [String?] {
        all(in: repository)[key] ?? []
    }

    /// Every setting read, reading them the first time.
    func all(in repository: GitRepository) -> [String: [String?]] {
        read.update { read in
            if read == nil { read = Self.load(repository) }
        }
        return read.get() ?? [:]
    }

    /// Every setting of interest; none when git lists none (it exits 1) or fails, as a repository without them reads.
    private static func load(_ repository: GitRepository) -> [String: [String?]] {
        let pattern = "^(extensions\\.partialclone|remote\\..*\\.(promisor|url))$"
        guard let data = try? repository.git().output(["config", "-z", "--get-regexp", pattern]) else { return [:] }
        var values: [String: [String?]] = [:]
        // Each entry is `key\nvalue\0`, or `key\0` for a key without a value.
        for entry in data.split(separator: 0, omittingEmptySubsequences: true) {
            let text = String(decoding: entry, as: UTF8.self)
            if let newline = text.firstIndex(of: "\n") {
                values[String(text[..<newline]), default: []].append(String(text[text.index(after: newline)...]))
            } else {
                values[text, default: []].append(nil)
            }
        }
        return values
    }
}
