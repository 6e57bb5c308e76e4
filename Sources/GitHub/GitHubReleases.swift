import Foundation

/// The releases of one repository: finds a release by tag, drafts included, and creates or updates it.
public struct GitHubReleases: Sendable {
    /// The API.
    public var api: GitHubAPI
    /// `owner/name`.
    public var repository: String
    /// The most list pages read (100 releases each) before the list counts as endless.
    public var pageLimit: Int

    /// The most creates tried in one upsert; the list is read again before each.
    static let createAttempts = 3

    /// Creates the releases of `repository`.
    public init(api: GitHubAPI, repository: String, pageLimit: Int = 1000) {
        self.api = api
        self.repository = repository
        self.pageLimit = pageLimit
    }

    /// What an upsert did.
    public struct Outcome: Sendable, Equatable {
        /// The release's id.
        public var id: Int
        /// Whether it was created rather than updated.
        public var created: Bool
    }

    /// Creates the release for `tagName` with `payload`, or updates the draft that exists: running it twice never makes two.
    ///
    /// A release already published is never touched: turning it back into a draft would take it away from readers.
    /// A create that failed in a way GitHub may have acted on is not sent again until the list shows it is missing.
    public func upsert(tagName: String, payload: Data) throws -> Outcome {
        var uncertainCreate: GitHubError?
        for attempt in 1...Self.createAttempts {
            let tagged = try releases(taggedAs: tagName)
            if let published = tagged.filter({ !$0.draft }).min(by: { $0.id < $1.id }) {
                throw api.failure(
                    context: "release \(tagName)",
                    reason: "already published on GitHub (id \(published.id)); herald only updates drafts, so edit the published release there"
                )
            }
            if let draft = tagged.min(by: { $0.id < $1.id }) {
                try update(id: draft.id, payload: payload)
                return Outcome(id: draft.id, created: uncertainCreate != nil)
            }
            do {
                return Outcome(id: try create(payload: payload), created: true)
            } catch let error as GitHubError where error.kind == .unavailable || error.kind == .noAnswer {
                uncertainCreate = error
                if attempt < Self.createAttempts { api.pause(GitHubAPI.minimumRetryDelay * Double(attempt)) }
            }
        }
        throw api.failure(
            context: "POST /repos/\(repository)/releases",
            reason: "creating the release failed \(Self.createAttempts) times (last: \(uncertainCreate?.reason ?? "unknown")); "
                + "run herald again, it updates the draft if GitHub stored one",
            kind: .unavailable
        )
    }

    /// Creates the release; the answer must name it.
    func create(payload: Data) throws -> Int {
        let context = "POST /repos/\(repository)/releases"
        let response = try api.send("POST", "/repos/\(repository)/releases", body: payload, operation: .createRelease)
        guard let id = ListedRelease.id(in: response.body) else {
            throw api.failure(context: context, reason: "GitHub answered without a release id", kind: .unreadable)
        }
        return id
    }

    /// Updates release `id`, which may be retried: the same PATCH twice leaves the same release.
    func update(id: Int, payload: Data) throws {
        let path = "/repos/\(repository)/releases/\(id)"
        let response = try api.send("PATCH", path, body: payload, operation: .updateRelease)
        guard ListedRelease.id(in: response.body) != nil else {
            throw api.failure(context: "PATCH \(path)", reason: "GitHub answered without a release id", kind: .unreadable)
        }
    }
}
