import Configuration
import Foundation
import GitHistory
import ReleaseNotes
import Site
import Testing
@testable import HeraldCLI

/// Libraries name no flag; the `error:` line gets the flag from the command layer, as users saw it before.
@Suite struct ErrorHintTests {
    @Test func gitHistoryLinesGetTheRepoFlag() throws {
        let missing = "/nonexistent/herald-" + UUID().uuidString
        let error = try #require(throws: GitHistoryError.self) { try GitRepository(path: missing, launch: ProjectScope.gitLaunch) }
        #expect(Console.message(for: error) == "\(missing): no such folder; pass --repo with the path of a git clone")
        #expect(Console.message(for: GitHistoryError.notARepository(path: "/x"))
            == "/x: not a git repository; run herald inside a clone or pass --repo DIR")
        #expect(Console.message(for: GitHistoryError.noCommits(path: "/x"))
            == "/x: the repository has no commits yet; commit, then tag a release (git tag v0.1.0)")
    }

    @Test func configurationLinesGetTheConfigFlag() {
        #expect(Console.message(for: ConfigurationError(file: "c.yml", .noSuchFile)) == "c.yml: no such file; check the --config path")
        #expect(Console.message(for: ConfigurationError(file: ".herald.yml", .notRegularFile))
            == ".herald.yml: is not a regular file; replace it with the file, or pass --config")
        #expect(Console.message(for: ConfigurationError(file: ".herald.yml", .linkOutsideRepository))
            == ".herald.yml: is a symbolic link that leads outside the repository; replace it with the file, or pass --config")
    }

    @Test func templateAndSiteLinesGetTheirFlags() {
        #expect(Console.message(for: ReleaseNotesError.unreadableTemplatesFolder(path: "t"))
            == "t: cannot read the templates folder; pass --templates DIR")
        #expect(Console.message(for: HeraldCLIError.siteOutputIsFile(path: "o"))
            == "site step 'write site': o: a file is in the way of the output folder; remove it or pass another --output")
        #expect(Console.message(for: HeraldCLIError.siteForeignFiles(path: "o", marker: ".herald-site"))
            == "site step 'write site': o: the folder has files herald site did not write (no .herald-site); remove it or pass another --output")
        #expect(Console.message(for: HeraldCLIError.siteOutputBusy(path: "o.lock"))
            == "site step 'write site': o.lock: another herald site is still writing this output; wait for it to finish or pass another --output")
    }

    @Test func commandErrorsReadAsBefore() {
        #expect(HeraldCLIError.noReleaseTags(command: "releases", repository: "/r", skippedTags: 2).description
            == "herald releases: no release tags in /r (2 tags were skipped as not releases; see the warnings); "
            + "tag a release (git tag v0.1.0) or use `herald notes`, which starts at the first commit")
        #expect(HeraldCLIError.fileSystem(path: "a", operation: .moveIntoPlace, reason: "no space left on device").description
            == "a: cannot move the new file into place (no space left on device)")
    }
}
