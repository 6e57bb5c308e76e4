import Foundation
import Testing
@testable import GitHub

/// Where GraphQL requests go for GitHub and for GitHub Enterprise Server.
@Suite struct GraphQLEndpointTests {
    @Test(arguments: [
        ("https://api.github.com", "https://api.github.com/graphql"),
        ("https://github.example.com/api/v3", "https://github.example.com/api/graphql"),
        ("https://github.example.com/api/v3/", "https://github.example.com/api/graphql"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/graphql"),
    ])
    func graphQLSitsBesideTheRESTRoot(_ rest: String, _ graphQL: String) throws {
        let api = GitHubAPI(baseURL: try #require(URL(string: rest)), token: nil)
        #expect(api.graphQLURL?.absoluteString == graphQL)
    }
}
