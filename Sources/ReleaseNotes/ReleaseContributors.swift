import Changes
import HeraldSupport

/// Who contributed to each release, and whose first release it was, as GitHub's generated notes say
/// "New contributors": an author is new in the earliest release, by date across every component, that lists them.
public struct ReleaseContributors: Sendable {
    /// One author of a release.
    public struct Contributor: Sendable, Equatable {
        /// The login with its `@`, or the git author's name.
        public var name: String
        /// Their profile on the forge, when the name is a login and the repository is known.
        public var profileURL: String?
        /// Whether this release is the first to list them.
        public var isFirstContribution: Bool
    }

    /// Each author's first release, as `component tag`, and its date.
    private let firstRelease: [String: (key: String, date: UTCDate?)]

    /// Reads every release of every component, in any order.
    public init(_ releases: [NotesDocument]) {
        var first: [String: (key: String, date: UTCDate?)] = [:]
        for index in NotesDocument.newestFirstOrder(releases).reversed() {
            let release = releases[index]
            for change in release.changes {
                for author in change.authors where first[author] == nil { first[author] = (Self.key(of: release), release.date) }
            }
        }
        firstRelease = first
    }

    /// The authors of `release`'s changes, each once, ordered by name ignoring case; bots are never new.
    public func contributors(of release: NotesDocument, repositoryURL: String?) -> [Contributor] {
        let links = repositoryURL.map(ChangeLinks.init(repositoryURL:))
        let key = Self.key(of: release)
        let names = Set(release.changes.flatMap(\.authors))
        return names.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }.map { name in
            Contributor(
                name: name, profileURL: links?.profileURL(of: name),
                isFirstContribution: isFirst(firstRelease[name], key: key, date: release.date) && !name.hasSuffix("[bot]")
            )
        }
    }

    /// Whether a release is an author's first: that release, or one tagged at the same moment (two components
    /// released from one commit).
    private func isFirst(_ first: (key: String, date: UTCDate?)?, key: String, date: UTCDate?) -> Bool {
        guard let first else { return false }
        return first.key == key || (date != nil && first.date == date)
    }

    /// A release's identity across components.
    private static func key(of release: NotesDocument) -> String {
        (release.component ?? "") + " " + release.range.to
    }
}
