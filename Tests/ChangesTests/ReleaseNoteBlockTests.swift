import Testing
@testable import Changes

/// Fenced ```release-note blocks and `/kind` lines in PR and squash bodies.
@Suite struct ReleaseNoteBlockTests {
    let classifier = ChangeClassifier()

    /// A body with `note` inside a release-note fence, surrounded by ordinary PR text.
    static func body(_ note: String, newline: String = "\n") -> String {
        ["What this PR does: things.", "", "```release-note", note, "```", "", "Thanks!"].joined(separator: newline)
    }

    @Test func blockTextBecomesTheNote() {
        let verdict = classifier.classify(title: "Rework the provisioner", body: Self.body("Added the `--timeout` flag."))
        #expect(verdict.note == "Added the `--timeout` flag.")
        #expect(verdict.exclusion == nil)
        #expect(!verdict.breaking)
        #expect(verdict.title == "Rework the provisioner")
    }

    @Test func multiLineNotesKeepTheirLines() {
        let verdict = classifier.classify(title: "x", body: Self.body("\n  First line.\nSecond line.\n\n"))
        #expect(verdict.note == "First line.\nSecond line.")
    }

    @Test func windowsLineEndingsAreRead() {
        let verdict = classifier.classify(title: "x", body: Self.body("Fixed a leak.", newline: "\r\n"))
        #expect(verdict.note == "Fixed a leak.")
        #expect(verdict.exclusion == nil)
    }

    @Test(arguments: ["NONE", "none", "None", "NONE.", "N/A", "n/a", "  NONE  ", "\"NONE\""])
    func noneMeansExclusion(text: String) {
        let verdict = classifier.classify(title: "Fix flaky test", body: Self.body(text))
        #expect(verdict.note == nil)
        #expect(verdict.exclusion == "release note says NONE")
        #expect(!verdict.breaking)
    }

    @Test(arguments: [
        ("ACTION REQUIRED: rename `--a` to `--b`.", "Rename `--a` to `--b`."),
        ("ACTION REQUIRED - the v1alpha1 API is gone", "The v1alpha1 API is gone"),
        ("action required: lowercase counts too", "Lowercase counts too"),
        ("ACTION REQUIRED:\nCRDs must be updated first.\nThen the controller.", "CRDs must be updated first.\nThen the controller."),
    ])
    func actionRequiredIsBreakingWithThePrefixStripped(text: String, note: String) {
        let verdict = classifier.classify(title: "Rework the API", body: Self.body(text))
        #expect(verdict.breaking)
        #expect(verdict.note == note)
        #expect(verdict.exclusion == nil)
    }

    @Test func anEmptyBlockGivesNoNoteButKeepsTheChange() {
        // The Kubernetes PR template ships an empty block; leaving it empty is not writing NONE.
        let verdict = classifier.classify(title: "Fix the resizer", body: Self.body(""))
        #expect(verdict.note == nil)
        #expect(verdict.kind == .fix)
        #expect(verdict.exclusion == nil, "only NONE asks for no note; an unfilled template must not drop a merged change")
    }

    @Test func anUnclosedBlockIsIgnored() {
        let verdict = classifier.classify(title: "x", body: "```release-note\nNONE\n")
        #expect(verdict.note == nil)
        #expect(verdict.exclusion == nil)
    }

    @Test func aReleaseNoteNoneCommandExcludes() {
        let verdict = classifier.classify(title: "Tidy", body: "Cleanup only.\n/release-note-none\n")
        #expect(verdict.exclusion == "release note says NONE")
    }

    @Test func kindLinesInsideTemplateCommentsDoNotCount() {
        // The Kubernetes PR template lists every kind inside an HTML comment; only the line the author added counts.
        let template = """
            #### What type of PR is this?
            <!--
            Add one of the following kinds:
            /kind bug
            /kind cleanup
            /kind documentation
            /kind feature
            -->

            """
        let body = template + "/kind feature\n\n```release-note\nAdded volume cloning.\n```"
        let verdict = classifier.classify(title: "Support cloning", body: body)
        #expect(verdict.kind == .feature)
        #expect(verdict.note == "Added volume cloning.")
        let commentedOnly = classifier.classify(title: "Rework the thing", body: template)
        #expect(commentedOnly.kind == .other, "commented-out kinds are template text, not the author's choice")
    }
}
