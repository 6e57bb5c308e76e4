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
