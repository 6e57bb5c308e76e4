import Foundation
import Testing
@testable import Configuration

/// The `notes` key: a built-in style by name and a documentation link, both checked.
@Suite struct NotesConfigurationTests {
    @Test func readsStyleAndDocumentation() throws {
        let configuration = try HeraldConfiguration(
            yaml: "notes:\n  style: kubernetes\n  documentation: https://kubernetes-csi.github.io\n", file: ".herald.yml"
        )
        #expect(configuration.notes.style == "kubernetes")
        #expect(configuration.notes.documentation?.absoluteString == "https://kubernetes-csi.github.io")
        #expect(HeraldConfiguration.default.notes == NotesConfiguration())
    }

    @Test(arguments: [
        ("notes:\n  style: k8s\n", ".herald.yml:2: notes.style: unknown style 'k8s'; known styles are standard, kubernetes, keepachangelog"),
        ("notes:\n  documentation: javascript:alert(1)\n", ".herald.yml:2: notes.documentation: 'javascript:alert(1)' is not an absolute http(s) url"),
        ("notes:\n  documentation: /docs\n", ".herald.yml:2: notes.documentation: '/docs' is not an absolute http(s) url"),
        ("notes:\n  styles: kubernetes\n", ".herald.yml:2: notes.styles: unknown key; known keys are style, documentation"),
    ])
    func rejectsBadNotesSettings(yaml: String, message: String) {
        #expect {
            try HeraldConfiguration(yaml: yaml, file: ".herald.yml")
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }
}
