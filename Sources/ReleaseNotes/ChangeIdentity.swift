import Changes

/// One name a change goes by across release lines: its pull request (or an original it was cherry-picked from)
/// or its commit; two changes that share a name are the same change shipped twice.
public enum ChangeIdentity: Hashable, Sendable {
    case pullRequest(Int)
    case commit(String)

    /// Every name of `change`: its commit, its pull request and each original.
    public static func keys(of change: Change) -> [ChangeIdentity] {
        var keys = [ChangeIdentity.commit(change.commit)]
        if let number = change.pullRequest { keys.append(.pullRequest(number)) }
        for original in change.cherryPickOf { keys.append(.pullRequest(original)) }
        return keys
    }

    /// `#12`, or `commit:` and the first `length` characters of the commit: how scripts compare names.
    public func text(commitLength length: Int) -> String {
        switch self {
        case .pullRequest(let number): "#\(number)"
        case .commit(let commit): "commit:" + commit.prefix(length)
        }
    }
}
