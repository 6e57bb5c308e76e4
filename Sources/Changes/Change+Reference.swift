/// How every output names a change: `#12` for a pull request, else the commit's first seven characters.
public enum ChangeReference {
    /// `#12`, or the short commit of a direct commit.
    public static func text(pullRequest: Int?, commit: String) -> String {
        pullRequest.map { "#\($0)" } ?? String(commit.prefix(7))
    }
}

extension Change {
    /// How notes refer to the change: `#12`, or the short commit of a direct commit.
    public var reference: String { ChangeReference.text(pullRequest: pullRequest, commit: commit) }
}

extension ExcludedChange {
    /// How notes refer to the change left out: `#12`, or the short commit of a direct commit.
    public var reference: String { ChangeReference.text(pullRequest: pullRequest, commit: commit) }
}
