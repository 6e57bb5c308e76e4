/// What a request attempts: it decides whether a failed request may simply be sent again, and what a 403 means.
public enum GitHubOperation: Sendable, Equatable {
    /// Reading a page of the release list.
    case listReleases
    /// Creating a release: never sent again blindly, since GitHub may have stored it before failing.
    case createRelease
    /// Updating a release by id, which is idempotent.
    case updateRelease
    /// Reading pull request metadata through GraphQL: a POST that only reads.
    case readPullRequests

    /// Whether a server error may be answered by sending the same request again.
    var resendable: Bool { self != .createRelease }

    /// The 403 reason: what the token lacks for this operation.
    var forbiddenReason: String {
        switch self {
        case .listReleases:
            return "403 forbidden: the token cannot read this repository's releases (it needs contents: read)"
        case .createRelease, .updateRelease:
            return "403 forbidden: the token may not write releases (it needs contents: write)"
        case .readPullRequests:
            return "403 forbidden: the token cannot read this repository's pull requests (it needs pull-requests: read)"
        }
    }
}
