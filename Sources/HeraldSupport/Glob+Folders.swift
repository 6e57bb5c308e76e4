extension Glob {
    /// Whether a path inside `folder` (written `a/b/`) could match, so tree walks skip folders that cannot.
    ///
    /// Conservative: a wildcard component is taken to match any folder name.
    public func mayMatch(inside folder: String) -> Bool {
        let wanted = pattern.split(separator: "/", omittingEmptySubsequences: false)
        let walked = folder.split(separator: "/")
        for (index, name) in walked.enumerated() {
            guard index < wanted.count else { return false }
            let part = wanted[index]
            if part == "**" { return true }
            let isWildcard = part.contains { "*?[\\".contains($0) }
            // The last pattern component names files, not folders.
            if index == wanted.count - 1 { return false }
            if !isWildcard && part != name { return false }
        }
        return true
    }
}

extension Glob {
    /// The folder every match lies in, as far as the pattern spells it out: `deploy/` for `deploy/**/*.yaml`,
    /// `""` for `*.yaml` or `**/x`. A tree walk can start there instead of at the root.
    public var literalFolder: String {
        let parts = pattern.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        let literal = parts.prefix { part in !part.isEmpty && !part.contains { "*?[\\".contains($0) } }
        return literal.map { $0 + "/" }.joined()
    }

    /// The longest folder that holds every match of all of `globs`, `""` when they share none.
    public static func commonFolder(of globs: [Glob]) -> String {
        guard var common = globs.first.map({ $0.literalFolder.split(separator: "/") }) else { return "" }
        for glob in globs.dropFirst() {
            let parts = glob.literalFolder.split(separator: "/")
            common = Array(zip(common, parts).prefix { $0 == $1 }.map(\.0))
        }
        return common.map { $0 + "/" }.joined()
    }
}
