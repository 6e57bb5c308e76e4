import Foundation
import Testing
@testable import Dependencies

@Suite struct DependencyPinTests {
    @Test func printsTheKubernetesListItem() {
        let linked = DependencyPin(module: "github.com/Masterminds/semver/v3", version: "v3.4.0", versionText: "v3.4.0",
                                   indirect: false, url: "https://github.com/Masterminds/semver/tree/v3.4.0")
        #expect(linked.markdownLine == "- github.com/Masterminds/semver/v3: [v3.4.0](https://github.com/Masterminds/semver/tree/v3.4.0)")
        let plain = DependencyPin(module: "cyphar.com/go-pathrs", version: "v0.2.3", versionText: "v0.2.3", indirect: true, url: nil)
        #expect(plain.markdownLine == "- cyphar.com/go-pathrs: v0.2.3")
    }

    @Test func encodesANullURL() throws {
        let pin = DependencyPin(module: "a.io/b", version: "v1.0.0", versionText: "v1.0.0", indirect: false, url: nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(pin), as: UTF8.self)
        #expect(json == #"{"indirect":false,"module":"a.io\/b","url":null,"version":"v1.0.0","versionText":"v1.0.0"}"#)
        #expect(try JSONDecoder().decode(DependencyPin.self, from: Data(json.utf8)) == pin)
    }
}
