@testable import GitHub
import Testing

/// libcurl opens on the first request: the installed one is found, and a library that is missing or is not libcurl
/// is refused with a reason that names it.
@Suite struct LibcurlTests {
    @Test func theInstalledLibcurlLoads() {
        #expect(Libcurl.missingReason == nil)
    }

    @Test func aMissingLibraryIsNamed() throws {
        let reason = try #require(Libcurl.probe(["libherald-no-such-curl.so.4"]))
        #expect(reason.contains("libherald-no-such-curl.so.4"), "\(reason)")
    }

    @Test func aLibraryWithoutCurlsEntryPointsIsRefused() {
        #expect(Libcurl.probe(["libc.so.6"]) == "libc.so.6 has no curl_global_init")
    }

    @Test func theFirstLibraryThatQualifiesIsTaken() {
        // Either build of libcurl that the loader takes; the machine has one of them.
        #expect(Libcurl.probe(["libherald-no-such-curl.so.4", "libc.so.6", "libcurl.so.4", "libcurl-gnutls.so.4"]) == nil)
        #expect(Libcurl.probe([]) != nil)
    }
}
