import Testing
@testable import Changes

/// Conventional Commits titles, dependency bumps, breaking markers and the first-word heuristic.
@Suite struct ChangeClassifierTests {
    let classifier = ChangeClassifier()

    @Test(arguments: [
        ("feat: add snapshot support", ChangeKind.feature, "Add snapshot support"),
        ("feature: add topology", .feature, "Add topology"),
        ("fix: crash on empty volume", .fix, "Crash on empty volume"),
        ("docs: explain topology", .documentation, "Explain topology"),
        ("perf: cache node info", .performance, "Cache node info"),
        ("refactor: split the controller", .cleanup, "Split the controller"),
        ("chore: tidy imports", .cleanup, "Tidy imports"),
        ("test: cover resize", .cleanup, "Cover resize"),
        ("ci: run on arm64", .cleanup, "Run on arm64"),
        ("build: use go 1.22", .cleanup, "Use go 1.22"),
        ("style: gofmt everything", .cleanup, "Gofmt everything"),
        ("deps: update grpc", .dependency, "Update grpc"),
        ("fix(provisioner): retry on conflict", .fix, "provisioner: retry on conflict"),
        ("chore(deps): bump golang.org/x/net from 0.17.0 to 0.23.0", .dependency,
         "Bump golang.org/x/net from 0.17.0 to 0.23.0"),
        ("build(deps-dev): bump eslint from 8.0.0 to 9.0.0", .dependency, "Bump eslint from 8.0.0 to 9.0.0"),
        ("chore: bump k8s.io/api from 0.29.0 to 0.30.0", .dependency, "Bump k8s.io/api from 0.29.0 to 0.30.0"),
        ("Bump github.com/container-storage-interface/spec from 1.8.0 to 1.9.0", .dependency,
         "Bump github.com/container-storage-interface/spec from 1.8.0 to 1.9.0"),
    ] as [(String, ChangeKind, String)])
    func conventionalTypes(title: String, kind: ChangeKind, shown: String) {
        let verdict = classifier.classify(title: title, body: "")
        #expect(verdict.kind == kind)
        #expect(verdict.title == shown)
        #expect(!verdict.breaking)
        #expect(verdict.note == nil)
        #expect(verdict.exclusion == nil)
    }

    @Test(arguments: [
        ("feat!: remove the v1alpha1 API", "", ChangeKind.feature, true),
        ("feat(api)!: remove v1alpha1", "", .feature, true),
        ("refactor!: rename every flag", "", .cleanup, true),
        ("feat: new flag", "Adds --foo.\n\nBREAKING CHANGE: --bar is gone", .feature, true),
        ("fix: parse sizes", "Long text.\n\nBREAKING-CHANGE: sizes are now in bytes", .fix, true),
        ("fix: parse sizes", "This is not a BREAKING CHANGE: it is mid-line", .fix, false),
        ("fix: parse sizes", "breaking change: lowercase is not a footer", .fix, false),
        ("Wow!: not a type", "", .other, false),
        ("feat: plain feature", "", .feature, false),
    ] as [(String, String, ChangeKind, Bool)])
    func breakingMarkers(title: String, body: String, kind: ChangeKind, breaking: Bool) {
        let verdict = classifier.classify(title: title, body: body)
        #expect(verdict.kind == kind)
        #expect(verdict.breaking == breaking)
    }

    @Test(arguments: [
        ("Fix crash when the volume is missing", ChangeKind.fix),
        ("Fixes #45: nil pointer in the resizer", .fix),
        ("Fixed typo in flag help", .fix),
        ("Add topology support", .feature),
        ("Adds --timeout flag", .feature),
        ("Support volume expansion", .feature),
        ("Implement ListSnapshots pagination", .feature),
        ("Add e2e test for resize", .cleanup),
        ("Add unit tests for the parser", .cleanup),
        ("Update README", .documentation),
        ("Update README.md: fix a typo", .documentation),
        ("Changelog for v1.14.1", .documentation),
        ("Add changelog for v2.0.0", .documentation),
        ("Deprecate the --leader-election-type flag", .deprecation),
    ] as [(String, ChangeKind)])
    func firstWordHeuristic(title: String, kind: ChangeKind) {
        let verdict = classifier.classify(title: title, body: "")
        #expect(verdict.kind == kind)
        #expect(verdict.title == title, "heuristic titles are shown unchanged")
        #expect(!verdict.breaking)
    }

    @Test(arguments: [
        "Something random",
        "Release v1.2.3",
        "Bump version to v1.3.0",
        "Update go.mod",
        "Prepare the release",
        "WIP: something half done",
        "Unknown: a colon title",
        "Fixture data for the parser",
        "Address review comments",
        "Revert \"feat: add x\"",
        "",
    ])
    func unknownTitlesAreOther(title: String) {
        let verdict = classifier.classify(title: title, body: "Some description.\n\nMore words.")
        #expect(verdict.kind == .other)
        #expect(verdict.title == title)
        #expect(!verdict.breaking)
        #expect(verdict.exclusion == nil)
    }

    @Test func aLongFirstClauseIsNotAConventionalType() {
        // A colon far into the title is prose, not a `type:` prefix.
        let title = "Make the provisioner retry much more patiently when: the API server is slow"
        let verdict = classifier.classify(title: title, body: "")
        #expect(verdict.kind == .other)
        #expect(verdict.title == title)
    }
}
