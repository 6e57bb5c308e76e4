import Testing
@testable import SampleRepositories

/// Vendored subtrees in a SHA-256 repository keep the upstream names their log gives, all 64 digits.
@Suite struct SHA256SubtreeTests {
    @Test func aFullSHA256UpstreamNameIsKept() throws {
        let scratch = try ScratchRepository(objectFormat: .sha256)
        defer { scratch.remove() }
        try scratch.commit("Initial commit")
        let upstream = String(repeating: "ab", count: 32)
        try scratch.subtree(prefix: "vendor/lib", files: ["lib.go": "package lib\n"], foreignLog: "\(upstream) Fix the thing")
        let squash = try scratch.git("log", "-1", "--format=%B", "HEAD^2")
        #expect(squash.contains("git-subtree-split: \(upstream)"), "\(squash)")
    }
}
