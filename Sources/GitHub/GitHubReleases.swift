import Foundation

/// The releases of one repository: finds a release by tag, drafts included, and creates or updates it.
public struct GitHubReleases: Sendable {
    /// The API.
    public var api: GitHubAPI
    /// `owner/name`.
    public var repository: String

    /// Creates the releases of `repository`.
    public init(api: GitHubAPI, repository: String) {
        self.api = api
        self.repository = repository
    }

    /// What an upsert did.
    public struct Outcome: Sendable, Equatable {
        /// The release's id.
        public var id: Int
        /// Whether it was created rather than updated.
        public var created: Bool
    }

    /// Creates the release for `tagName` with `payload`, or updates the one that exists: running it twice never makes two.
    ///
    /// A release already published is never touched: turning it back into a draft would take it away from readers.
    public func upsert(tagName: String, payload: Data) throws -> Outcome {
        if let found = try release(taggedAs: tagName) {
            guard found.draft else {
                throw GitHubError(
                    context: "release \(tagName)",
                    reason: "already published on GitHub (id \(found.id)); herald only updates drafts, so edit the published release there"
                )
            }
            _ = try api.send("PATCH", "/repos/\(repository)/releases/\(found.id)", body: payload)
            return Outcome(id: found.id, created: false)
        }
        let response = try api.send("POST", "/repos/\(repository)/releases", body: payload)
        guard let id = Self.releases(in: response.body).first?.id else {
            throw GitHubError(context: "POST /repos/\(repository)/releases", reason: "GitHub answered without a release id")
        }
        return Outcome(id: id, created: true)
    }

    /// The release whose `tag_name` is `tagName`, reading every page of the list.
    func release(taggedAs tagName: String) throws -> (id: Int, tag: String, draft: Bool)? {
        var next: URL? = nil
        var response = try api.send("GET", "/repos/\(repository)/releases?per_page=100")
        while true {
            if let found = Self.releases(in: response.body).first(where: { $0.tag == tagName }) { return found }
            next = Self.nextPage(response.headers["link"])
            guard let url = next else { return nil }
            response = try api.send("GET", url.path, url: url)
        }
    }

    /// The `(id, tag_name, draft)` of each release in a list, or of one release.
    static func releases(in body: Data) -> [(id: Int, tag: String, draft: Bool)] {
        let json = try? JSONSerialization.jsonObject(with: body)
        let objects = (json as? [[String: Any]]) ?? (json as? [String: Any]).map { [$0] } ?? []
        return objects.compactMap { object in
            guard let id = object["id"] as? Int else { return nil }
            // GitHub always sends `draft`; a release without it is treated as published, the safe side.
            return (id, object["tag_name"] as? String ?? "", object["draft"] as? Bool ?? false)
        }
    }

    /// The `rel="next"` URL of a `Link` header.
    static func nextPage(_ link: String?) -> URL? {
        guard let link else { return nil }
        for part in link.split(separator: ",") where part.contains("rel=\"next\"") {
            guard let open = part.firstIndex(of: "<"), let close = part.firstIndex(of: ">"), open < close else { continue }
            return URL(string: String(part[part.index(after: open)..<close]))
        }
        return nil
    }
}
