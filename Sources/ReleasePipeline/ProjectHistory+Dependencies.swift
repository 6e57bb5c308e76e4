import Dependencies
import GitHistory

extension ProjectHistory {
    /// The `go.mod` at each commit of `commits` that has one, read from git objects with `reader` (one new
    /// `git cat-file --batch` when nil): never a checkout. The repository's root module is the one read; a `go.mod`
    /// that is not a file is none.
    package func goModules(at commits: [String], reader given: GitObjectReader? = nil) throws -> [String: GoModFile] {
        var seen = Set<String>()
        let unique = commits.filter { seen.insert($0).inserted }
        guard !unique.isEmpty else { return [:] }
        let reader = try given ?? GitObjectReader(repository: repository)
        defer { if given == nil { reader.close() } }
        let objects = try reader.read(batch: unique.map { $0 + ":" + Self.goModPath })
        // Releases share most go.mod files: each blob is parsed once.
        var parsed: [String: GoModFile] = [:]
        var modules: [String: GoModFile] = [:]
        for (commit, object) in zip(unique, objects) {
            guard let object, object.type == "blob" else { continue }
            if let known = parsed[object.sha] {
                modules[commit] = known
                continue
            }
            let file = GoModFile(bytes: object.data)
            parsed[object.sha] = file
            modules[commit] = file
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
