import Dependencies
import GitHistory

extension ProjectHistory {
    /// The `go.mod` at each commit of `commits` that has one, read from git objects through `files`: never a
    /// checkout. The repository's root module is the one read; a `go.mod` that is not a file is none.
    func goModules(at commits: [String], files: ManifestFiles) throws -> [String: GoModFile] {
        var seen = Set<String>()
        let unique = commits.filter { seen.insert($0).inserted }
        guard !unique.isEmpty else { return [:] }
        // Through the root trees, which the manifests' walk has often read already: releases share most go.mod
        // files, and each blob is read and parsed once.
        let entries = try files.topEntries(named: Self.goModPath, at: unique)
        var blobs: [String] = []
        var wanted = Set<String>()
        // A submodule's entry names a commit: read like a file, it is not a blob and counts as none.
        for case let entry? in entries where !entry.isDirectory && wanted.insert(entry.sha).inserted {
            blobs.append(entry.sha)
        }
        var parsed: [String: GoModFile] = [:]
        for (blob, object) in zip(blobs, try files.reader.read(batch: blobs)) where object?.type == "blob" {
            parsed[blob] = object.map { GoModFile(bytes: $0.data) }
        }
        var modules: [String: GoModFile] = [:]
        for (commit, entry) in zip(unique, entries) {
            if let entry, let file = parsed[entry.sha] { modules[commit] = file }
        }
        return modules
    }

    /// How the dependencies of `toCommit` differ from `fromCommit`'s in `modules`: nil without a base, or when
    /// neither end has a `go.mod`.
    static func dependencies(from fromCommit: String?, to toCommit: String, in modules: [String: GoModFile]) -> DependencyDiff? {
        guard let fromCommit else { return nil }
        let base = modules[fromCommit]
        let release = modules[toCommit]
        guard base != nil || release != nil else { return nil }
        let empty = GoModFile(text: "")
        return DependencyDiff(base: base ?? empty, release: release ?? empty)
    }

    /// Where the module file is read.
    static let goModPath = "go.mod"
}
