import Foundation
import SampleRepositories
import Testing
@testable import HeraldCLI

/// A release page shows its go.mod changes in a collapsed block, each module linked where it lives on GitHub.
@Suite(.serialized) struct SiteDependencyTests {
    @Test func releasePageShowsGoModuleChanges() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        try repo.commit("Initial commit", files: ["go.mod": "module example.com/x\n\nrequire (\n\tgithub.com/containerd/containerd/api v1.8.0\n\tgolang.org/x/net v0.43.0\n)\n"])
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Bump dependencies", files: [
            "go.mod": "module example.com/x\n\nrequire (\n\tgithub.com/containerd/containerd/api v1.9.0\n\tgolang.org/x/net v0.43.0\n\tgithub.com/tidwall/gjson v1.18.0\n)\n",
        ], author: .alice)
        try repo.tag("v1.1.0")
        let output = repo.path + "/.git/site-out"
        _ = try SiteAction(repo: repo.path, output: output).run()
        let pages = FileManager.default.enumerator(atPath: output)?.allObjects as? [String] ?? []
        let page = try String(contentsOfFile: output + "/" + (try #require(pages.first { $0.hasSuffix("v1.1.0.html") })), encoding: .utf8)
        #expect(page.contains("<summary>Go modules: 1 added, 1 changed</summary>"))
        #expect(page.contains(#"<li><code>github.com/containerd/containerd/api</code> <a href="https://github.com/containerd/containerd/compare/api/v1.8.0...api/v1.9.0">v1.8.0 → v1.9.0</a></li>"#))
        let first = try String(contentsOfFile: output + "/" + (try #require(pages.first { $0.hasSuffix("v1.0.0.html") })), encoding: .utf8)
        #expect(!first.contains("Go modules"), "no base, nothing to compare")
    }
}
