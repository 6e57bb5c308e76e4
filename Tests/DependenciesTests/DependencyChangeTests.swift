import Foundation
import Testing
@testable import Dependencies

@Suite struct DependencyChangeTests {
    @Test func printsTheKubernetesListItem() {
        let linked = DependencyChange(module: "github.com/containerd/ttrpc", from: "v1.2.6", fromText: "v1.2.6", to: "v1.2.7",
                                      toText: "v1.2.7", indirect: false,
                                      url: "https://github.com/containerd/ttrpc/compare/v1.2.6...v1.2.7")
        #expect(linked.markdownLine
            == "- github.com/containerd/ttrpc: [v1.2.6 → v1.2.7](https://github.com/containerd/ttrpc/compare/v1.2.6...v1.2.7)")
        let plain = DependencyChange(module: "golang.org/x/exp", from: "v0.0.0-20240719175910-7588d65b2ba4", fromText: "7588d65",
                                     to: "v0.0.0-20250620022241-3dfff04db8fa", toText: "3dfff04", indirect: true, url: nil)
        #expect(plain.markdownLine == "- golang.org/x/exp: 7588d65 \u{2192} 3dfff04")
    }

    @Test func encodesANullURL() throws {
        let change = DependencyChange(module: "a.io/b", from: "v1.0.0", fromText: "v1.0.0", to: "v1.1.0", toText: "v1.1.0",
                                      indirect: true, url: nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(change), as: UTF8.self)
        #expect(json == #"{"from":"v1.0.0","fromText":"v1.0.0","indirect":true,"module":"a.io/b","to":"v1.1.0","#
            + #""toText":"v1.1.0","url":null}"#)
        #expect(try JSONDecoder().decode(DependencyChange.self, from: Data(json.utf8)) == change)
    }
}
