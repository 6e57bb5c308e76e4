import Foundation
import LoopbackGitHub
import SampleRepositories
import Testing
@testable import HeraldCLI

/// `--upstreams` with an address reads each upstream's published `releases.json` over HTTP: one GET, no redirect
/// followed, and an upstream that cannot be read is a warning, never a failure.
@Suite(.serialized) struct UpstreamSiteTests {
    @Test func digestsComeFromPublishedModelsAndMissingOnesWarn() throws {
        let repo = try ScratchRepository()
        defer { repo.remove() }
        func deployment(_ attacher: String, _ resizer: String, _ provisioner: String) -> [String: String] {
            ["deploy/kubernetes/deployment.yaml": """
                containers:
                  - image: registry.k8s.io/sig-storage/csi-attacher:\(attacher)
                  - image: registry.k8s.io/sig-storage/csi-resizer:\(resizer)
                  - image: registry.k8s.io/sig-storage/csi-provisioner:\(provisioner)
                """]
        }
        try repo.commit("Initial commit", files: deployment("v4.8.0", "v1.9.0", "v5.0.0"))
        try repo.tag("v1.0.0")
        try repo.squashPR(number: 1, title: "Bump the sidecars", files: deployment("v4.10.0", "v1.11.0", "v5.1.0"), author: .alice)
        try repo.tag("v1.1.0")
        let attacher = #"{"schemaVersion":1,"component":null,"releases":[{"version":"v4.10.0","changes":[{"kind":"feature","breaking":false,"title":"Add metrics","note":null,"pullRequest":503}]},{"version":"v4.9.0","changes":[{"kind":"fix","breaking":true,"title":"Drop v1beta1","note":"The v1beta1 API is gone.","pullRequest":502}]}]}"#
        let server = try LoopbackServer { request, _ in
            switch request.path {
            case "/external-attacher/releases/releases.json": return .init(status: 200, body: attacher)
            case "/external-resizer/releases/releases.json": return .init(status: 302, headers: ["Location": "http://169.254.169.254/"])
            default: return .init(status: 404, body: "not found")
            }
        }
        defer { server.stop() }
        let address = server.baseURL.absoluteString + "/{name}/releases/releases.json"
        let output = try NotesAction(repo: repo.path, to: "v1.1.0", format: .markdown, upstreams: address).run()
        #expect(output.text.contains("- csi-attacher v4.8.0 → v4.10.0 ([changes](https://github.com/kubernetes-csi/external-attacher/compare/v4.8.0...v4.10.0))\n  v4.9.0 in between; 1 feature, 1 fix; action required: The v1beta1 API is gone.\n"))
        #expect(!output.text.contains("v1.10.0 in between"), "a redirect is not followed")
        let warnings = output.diagnostics.filter { $0.code == .upstream }.map(\.message)
        #expect(warnings.count == 2, "\(warnings)")
        #expect(warnings.contains { $0.contains("kubernetes-csi/external-resizer") && $0.contains("answered 302") })
        #expect(warnings.contains { $0.contains("kubernetes-csi/external-provisioner") && $0.contains("answered 404") })
        #expect(server.requests.allSatisfy { $0.headers["authorization"] == nil }, "no credentials go to an upstream")
        #expect(server.requests.count == 3, "each upstream read once")
    }
}
