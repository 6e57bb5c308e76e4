import Changes

/// The names one change goes by across release lines: its pull request, the originals it was cherry-picked from,
/// and its commit; two changes that share a name are the same change shipped twice.
public enum ChangeIdentity {
    /// `#12`, `#10` for each original, and `commit:` with the full hash.
    public static func keys(of change: Change) -> [String] {
        var keys = ["commit:" + change.commit]
        if let number = change.pullRequest { keys.append("#\(number)") }
        for original in change.cherryPickOf { keys.append("#\(original)") }
        return keys
    }
}
