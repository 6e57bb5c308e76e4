import Testing
@testable import GitHistory

/// A remote's URL gives `owner/name` on the web host and nothing else: no credentials, no other host, no odd names.
@Suite struct RemoteRepositoryNameTests {
    @Test(arguments: [
        ("https://github.com/kubernetes-csi/external-provisioner.git", "kubernetes-csi/external-provisioner"),
        ("https://github.com/kubernetes-csi/external-provisioner", "kubernetes-csi/external-provisioner"),
        ("https://x-access-token:ghs_secret@github.com/owner/repo.git", "owner/repo"),
        ("git@github.com:owner/repo.git", "owner/repo"),
        ("ssh://git@github.com/owner/repo", "owner/repo"),
        ("ssh://git@GitHub.com:22/owner/repo.git/", "owner/repo"),
        ("https://github.com/owner/my.repo_1", "owner/my.repo_1"),
    ])
    func readsOwnerAndName(url: String, expected: String) {
        #expect(RemoteRepositoryName.parse(url, host: "github.com") == expected)
    }

    @Test(arguments: [
        "https://gitlab.com/owner/repo.git",
        "https://github.com.evil.example/owner/repo",
        "https://evil.example/github.com/owner/repo",
        "file:///srv/git/owner/repo",
        "/srv/git/repo",
        "https://github.com/owner",
        "https://github.com/owner/repo/tree/main",
        "https://github.com/owner/..",
        "https://github.com/owner/re po",
        "https://github.com/owner/repo)[x](javascript:alert(1)",
        "",
    ])
    func refusesOtherHostsAndShapes(url: String) {
        #expect(RemoteRepositoryName.parse(url, host: "github.com") == nil)
    }

    @Test func enterpriseHostsAreMatchedByName() {
        #expect(RemoteRepositoryName.parse("https://ghe.example.com/team/tool.git", host: "ghe.example.com") == "team/tool")
        #expect(RemoteRepositoryName.parse("https://ghe.example.com/team/tool.git", host: "github.com") == nil)
    }
}
