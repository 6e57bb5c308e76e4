import Foundation

/// Pull request metadata through GitHub's GraphQL API: up to 100 pull requests a query, cached on disk.
public struct GitHubPullRequests: Sendable {
    /// The API.
    public var api: GitHubAPI
    /// `owner/name`.
    public var repository: String
    /// The cache file, or nil for none.
    public var cacheFile: String?

    /// Creates a reader of `repository`'s pull requests.
    public init(api: GitHubAPI, repository: String, cacheFile: String?) {
        self.api = api
        self.repository = repository
        self.cacheFile = cacheFile
    }

    /// The metadata of `numbers`: cached ones from disk, the rest in batches of 100; `offline` makes no request.
    public func info(for numbers: [Int], offline: Bool = false) throws -> [Int: PullRequestInfo] {
        var cache = PullRequestCache(file: cacheFile)
        let wanted = Array(Set(numbers)).sorted()
        let missing = wanted.filter { cache.entries[$0] == nil }
        if !offline && !missing.isEmpty {
            for start in stride(from: 0, to: missing.count, by: 100) {
                for info in try fetch(Array(missing[start..<min(start + 100, missing.count)])) {
                    cache.entries[info.number] = info
                }
            }
            try cache.save()
        }
        return cache.entries.filter { wanted.contains($0.key) }
    }

    /// One GraphQL query for up to 100 pull requests, each under an alias.
    func fetch(_ numbers: [Int]) throws -> [PullRequestInfo] {
        let parts = repository.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw api.failure(context: "graphql", reason: "repository must be owner/name") }
        let fields = "number title body updatedAt mergedAt author { login } labels(first: 50) { nodes { name } }"
        let aliases = numbers.map { "pr\($0): pullRequest(number: \($0)) { \(fields) }" }.joined(separator: " ")
        let query = "query { repository(owner: \(Self.quoted(parts[0])), name: \(Self.quoted(parts[1]))) { \(aliases) } }"
        let body = try JSONSerialization.data(withJSONObject: ["query": query])
        let response = try api.send("POST", "/graphql", url: api.graphQLURL, body: body, operation: .readPullRequests)
        guard let json = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any] else {
            throw api.failure(context: "POST /graphql", reason: "the answer is not JSON; check GITHUB_API_URL", kind: .unreadable)
        }
        if let errors = json["errors"] as? [[String: Any]], json["data"] == nil {
            let message = (errors.first?["message"] as? String ?? "query failed").lowercased()
            throw api.failure(context: "POST /graphql", reason: message)
        }
        let repositoryData = (json["data"] as? [String: Any])?["repository"] as? [String: Any] ?? [:]
        return numbers.compactMap { number in
            guard let pull = repositoryData["pr\(number)"] as? [String: Any] else { return nil }
            let labels = ((pull["labels"] as? [String: Any])?["nodes"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            return PullRequestInfo(
                number: number, title: pull["title"] as? String ?? "", body: pull["body"] as? String ?? "",
                labels: labels, author: (pull["author"] as? [String: Any])?["login"] as? String,
                mergedAt: pull["mergedAt"] as? String, updatedAt: pull["updatedAt"] as? String ?? ""
            )
        }
    }

    /// A GraphQL string literal.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
