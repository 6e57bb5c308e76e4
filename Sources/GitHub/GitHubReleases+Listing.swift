import Foundation

extension GitHubReleases {
    /// Every release whose `tag_name` is `tagName`, reading every page of the list: a later page may hold a published one.
    func releases(taggedAs tagName: String) throws -> [ListedRelease] {
        let context = "GET /repos/\(repository)/releases"
        guard var page = URL(string: api.baseURL.absoluteString.trimmingCharacters(in: ["/"]) + "/repos/\(repository)/releases?per_page=100") else {
            throw api.failure(context: context, reason: "GITHUB_API_URL does not make a valid URL")
        }
        var visited: Set<String> = []
        var tagged: [ListedRelease] = []
        while true {
            guard visited.count < pageLimit else {
                throw api.failure(context: context, reason: "the release list goes on past \(pageLimit) pages; check GITHUB_API_URL", kind: .unreadable)
            }
            guard visited.insert(page.absoluteString).inserted else {
                throw api.failure(context: context, reason: "the release list's next link loops back to a page already read; check GITHUB_API_URL", kind: .unreadable)
            }
            let response = try api.send("GET", page.path, url: page, operation: .listReleases)
            guard let releases = ListedRelease.page(response.body) else {
                throw api.failure(
                    context: context,
                    reason: "the answer is not a list of releases (json array of objects with id and tag_name); check GITHUB_API_URL",
                    kind: .unreadable
                )
            }
            tagged += releases.filter { $0.tag == tagName }
            guard let next = Self.nextPage(response.headers["link"], after: page) else { return tagged }
            guard api.isOnOrigin(next) else {
                throw api.failure(
                    context: context,
                    reason: "refused a next-page link to another host (\(GitHubAPI.origin(of: next))); check GITHUB_API_URL", kind: .redirected
                )
            }
            page = next
        }
    }

    /// The `rel="next"` URL of a `Link` header, resolved against the page that sent it.
    static func nextPage(_ link: String?, after page: URL) -> URL? {
        guard let link else { return nil }
        for part in link.split(separator: ",") where part.contains("rel=\"next\"") {
            guard let open = part.firstIndex(of: "<"), let close = part.firstIndex(of: ">"), open < close else { continue }
            return URL(string: String(part[part.index(after: open)..<close]), relativeTo: page)?.absoluteURL
        }
        return nil
    }
}
