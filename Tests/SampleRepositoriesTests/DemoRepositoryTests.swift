import Foundation
import SampleRepositories
import Testing

@Suite struct DemoRepositoryTests {
    func build() throws -> ScratchRepository {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("herald-demo-" + UUID().uuidString)
        return try DemoRepository.build(at: folder.path)
    }

    @Test func demoIsReproducible() throws {
        let first = try build()
        let second = try build()
        defer { first.remove(); second.remove() }
        let refs = ["for-each-ref", "--format=%(objectname) %(refname)"]
        #expect(try first.git(refs) == second.git(refs))
    }

    @Test func tagsSitOnTheirBranches() throws {
        let demo = try build()
        defer { demo.remove() }
        func isAncestor(_ tag: String, _ branch: String) -> Bool {
            (try? demo.git("merge-base", "--is-ancestor", tag, branch)) != nil
        }
        for tag in ["v1.0.0", "v1.1.0-rc1", "v1.1.0-rc2", "v1.1.0-rc2-webhook", "client/v0.1.0", "v2.0.0-rc1", "v2.0.0"] {
            #expect(isAncestor(tag, "main"), "\(tag)")
        }
        #expect(!isAncestor("v1.0.1", "main"))
        #expect(isAncestor("v1.0.1", "release-1.0"))
        #expect(!isAncestor("v1.1.0", "main"))
        #expect(isAncestor("v1.1.0", "release-1.1") && isAncestor("v1.1.1", "release-1.1"))
        #expect(try demo.git("show", "v1.1.1:deploy/kubernetes/deployment.yaml").contains("csi-sample-sidecar:v1.1.1"))
        #expect(try demo.git("rev-parse", "--abbrev-ref", "HEAD") == "main")
        #expect(try demo.git("status", "--porcelain") == "")
    }
}
