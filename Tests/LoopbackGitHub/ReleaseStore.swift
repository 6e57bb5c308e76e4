import Foundation

/// The releases a loopback GitHub holds: lists them 100 to a page with `Link` headers, creates and updates.
public final class ReleaseStore: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var releases: [(id: Int, tag: String)]
    /// Tags of releases that are published rather than drafts.
    private let published: Set<String>
    /// Ids of releases that are published, for stores that hold a draft and a published release with one tag.
    private let publishedIDs: Set<Int>

    /// A store holding `releases` as (id, tag) pairs, drafts unless their tag or id is listed as published.
    public init(_ releases: [(Int, String)], published: Set<String> = [], publishedIDs: Set<Int> = []) {
        self.releases = releases.map { (id: $0.0, tag: $0.1) }
        self.published = published
        self.publishedIDs = publishedIDs
    }

    /// How many releases carry `tag`.
    public func count(tagged tag: String) -> Int {
        lock.withLock { releases.filter { $0.tag == tag }.count }
    }

    /// Answers a releases request as GitHub would: GET lists a page, POST creates, PATCH updates by id.
    public func answer(_ request: LoopbackServer.Request) -> LoopbackServer.Answer {
        lock.withLock {
            switch request.method {
            case "GET":
                let query = URLComponents(string: request.path)?.queryItems ?? []
                // A page out of range (zero, negative, absurdly large) is clamped rather than trapping on the arithmetic.
                let asked = query.first { $0.name == "page" }?.value.flatMap(Int.init) ?? 1
                let page = min(max(asked, 1), releases.count / 100 + 2)
                let slice = releases.dropFirst((page - 1) * 100).prefix(100)
                let body = "[" + slice.map { release in
                    let draft = !published.contains(release.tag) && !publishedIDs.contains(release.id)
                    return #"{"id":\#(release.id),"tag_name":"\#(release.tag)","draft":\#(draft)}"#
                }.joined(separator: ",") + "]"
                var headers: [String: String] = [:]
                if page * 100 < releases.count {
                    let host = request.headers["host"] ?? "127.0.0.1"
                    headers["Link"] = "<http://\(host)/repos/example/storage/releases?per_page=100&page=\(page + 1)>; rel=\"next\""
                }
                return .init(status: 200, headers: headers, body: body)
            case "POST":
                let tag = (try? JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: Any])?["tag_name"] as? String ?? ""
                let id = (releases.map(\.id).max() ?? 0) + 1
                releases.append((id, tag))
                return .init(status: 201, body: #"{"id":\#(id),"tag_name":"\#(tag)"}"#)
            case "PATCH":
                let id = request.path.split(separator: "/").last.flatMap { Int($0) } ?? 0
                return .init(status: 200, body: #"{"id":\#(id)}"#)
            default:
                return .init(status: 405)
            }
        }
    }
}
