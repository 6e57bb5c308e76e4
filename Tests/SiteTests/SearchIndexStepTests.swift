import Foundation
import Testing
@testable import Site

/// The search index is valid JSON inside a script that no text can break out of.
@Suite struct SearchIndexStepTests {
    @Test func hostileTextStaysInsideItsString() throws {
        let hostile = "quote \" backslash \\ </script><script>alert(1)</script> tab\t line\n sep\u{2028}para\u{2029} bell\u{07} €"
        var script: [UInt8] = []
        SearchIndexStep.appendScriptString(hostile, to: &script)
        let text = String(decoding: script, as: UTF8.self)
        #expect(!text.contains("<"), "no tag can start inside the script")
        #expect(!text.contains("\n") && !text.contains("\u{2028}") && !text.contains("\u{2029}"))
        let decoded = try JSONSerialization.jsonObject(with: Data(script), options: [.fragmentsAllowed]) as? String
        #expect(decoded == hostile)
    }
}
