import Testing
@testable import Changes

/// `/kind` lines, GitHub labels, and which source wins: label > block > /kind > conventional > first word > other.
@Suite struct ClassificationPrecedenceTests {
    let classifier = ChangeClassifier()

    @Test(arguments: [
        ("bug", ChangeKind.fix),
        ("feature", .feature),
        ("api-change", .apiChange),
        ("design", .design),
        ("cleanup", .cleanup),
        ("deprecation", .deprecation),
        ("documentation", .documentation),
        ("flake", .cleanup),
        ("failing-test", .failingTest),
        ("regression", .fix),
    ] as [(String, ChangeKind)])
    func kindLinesAndLabels(name: String, kind: ChangeKind) {
        // A neutral title: the first-word heuristic has nothing to say about "Rework".
        let fromBody = classifier.classify(title: "Rework the thing", body: "Some text.\n\n/kind \(name)\n")
        #expect(fromBody.kind == kind)
        let fromLabel = classifier.classify(title: "Rework the thing", body: "", labels: ["lgtm", "kind/\(name)", "size/M"])
        #expect(fromLabel.kind == kind)
    }

    @Test func unknownKindsFallThrough() {
        #expect(classifier.classify(title: "fix: x", body: "/kind nonsense").kind == .fix)
        #expect(classifier.classify(title: "Rework", body: "/kind").kind == .other)
        #expect(classifier.classify(title: "fix: x", body: "", labels: ["kind/unknown", "area/api"]).kind == .fix)
        #expect(classifier.classify(title: "Rework", body: "", labels: ["lgtm", "approved"]).kind == .other)
    }

    @Test func labelBeatsKindLineAndTitle() {
        let verdict = classifier.classify(title: "feat: add x", body: "/kind feature", labels: ["kind/bug"])
        #expect(verdict.kind == .fix)
        #expect(verdict.title == "Add x")
    }

    @Test func releaseNoteNoneLabelBeatsABlockWithText() {
        let body = "```release-note\nAdded x.\n```"
        let verdict = classifier.classify(title: "Add x", body: body, labels: ["release-note-none"])
        #expect(verdict.exclusion == "labelled release-note-none")
    }

    @Test func actionRequiredLabelBeatsANoneBlock() {
        let body = "```release-note\nNONE\n```"
        let verdict = classifier.classify(title: "Rename flags", body: body, labels: ["release-note-action-required"])
        #expect(verdict.breaking)
        #expect(verdict.exclusion == nil)
        let unlabelled = classifier.classify(title: "Rename flags", body: body, labels: ["release-note"])
        #expect(!unlabelled.breaking)
        #expect(unlabelled.exclusion != nil)
    }

    @Test func blockAndKindLineTogether() {
        let body = "```release-note\nFixed a crash.\n```\n/kind bug\n"
        let verdict = classifier.classify(title: "feat: add retries", body: body)
        #expect(verdict.kind == .fix, "a /kind line beats the conventional type")
        #expect(verdict.note == "Fixed a crash.")
        let none = classifier.classify(title: "Add retries", body: "```release-note\nNONE\n```\n/kind feature")
        #expect(none.kind == .feature)
        #expect(none.exclusion == "release note says NONE")
    }

    @Test func theFirstKindLineWins() {
        let verdict = classifier.classify(title: "Rework", body: "/kind documentation\n/kind bug\n")
        #expect(verdict.kind == .documentation)
    }

    @Test func conventionalBeatsFirstWordAndFirstWordBeatsOther() {
        #expect(classifier.classify(title: "docs: fix the install guide", body: "").kind == .documentation)
        #expect(classifier.classify(title: "test: add e2e for resize", body: "").kind == .cleanup)
        #expect(classifier.classify(title: "Fix the install guide", body: "").kind == .fix)
        #expect(classifier.classify(title: "The install guide", body: "").kind == .other)
    }

    @Test func breakingComesFromAnySource() {
        #expect(classifier.classify(title: "Rework", body: "", labels: ["release-note-action-required"]).breaking)
        #expect(classifier.classify(title: "Rework", body: "```release-note\nACTION REQUIRED: x\n```").breaking)
        #expect(classifier.classify(title: "feat!: x", body: "/kind bug").breaking)
        #expect(classifier.classify(title: "Rework", body: "BREAKING CHANGE: x", labels: ["kind/cleanup"]).breaking)
        #expect(!classifier.classify(title: "Rework", body: "/kind api-change", labels: ["kind/feature"]).breaking)
    }
}
