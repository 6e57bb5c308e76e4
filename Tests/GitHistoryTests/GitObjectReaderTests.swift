import Foundation
import SampleRepositories
import Testing
@testable import GitHistory

/// One reader answers every request, whatever happens to the git process behind it.
@Suite struct GitObjectReaderTests {
    @Test func aReaderWhoseGitWasEndedFromOutsideStartsAnother() throws {
        let scratch = try ScratchRepository()
        defer { scratch.remove() }
        try scratch.commit("One", files: ["deploy/a.yaml": "a\n"])
        let reader = try GitObjectReader(repository: GitRepository(path: scratch.path))
        defer { reader.close() }
        #expect(try reader.read(batch: ["HEAD:deploy/a.yaml"]).map { $0?.type } == ["blob"])
        let pid = try #require(reader.processIdentifier)
        kill(pid, SIGKILL)
        // Nothing here is missing: every object is answered by the next process.
        #expect(try reader.read(batch: ["HEAD:deploy/a.yaml", "HEAD:deploy"]).map { $0?.type } == ["blob", "tree"])
        #expect(reader.processIdentifier != pid)
    }
}
