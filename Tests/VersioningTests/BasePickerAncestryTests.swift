import Testing
@testable import Versioning

/// Bases where every tag sits on the default branch (release-please, git-cliff) and where patches sit on release branches.
@Suite struct BasePickerAncestryTests {
    /// A release-please history: every tag on main, so every earlier tag is an ancestor of every later one.
    static let tags = [
        "v1.0.0", "v1.0.1", "v1.1.0", "v1.1.1", "v1.2.0", "v1.2.1", "v2.0.0-rc.1", "v2.0.0-rc.2", "v2.0.0", "v2.1.0", "v2.1.1",
    ]
    static let releases = tags.enumerated().compactMap { index, tag in
        SemanticVersion(parsing: tag).map { Release(tag: tag, version: $0, commit: "c\(index)", time: index) }
    }

    /// A picker whose questions git answered as a linear history would: a patch is on the branch when it came earlier.
    static func picker(linear: Bool) -> BasePicker {
        let unanswered = BasePicker(releases: releases)
        var ancestry = ReleaseAncestry()
        for release in releases {
            guard let question = unanswered.ancestryQuestion(for: release) else { continue }
            let earlier = question.patches.filter { $0.time < release.time }.map(\.commit)
            ancestry.answer(question, onBranch: linear ? Set(earlier) : [])
        }
        return BasePicker(releases: releases, ancestry: ancestry)
    }

    /// Each release with the base it gets when its tags are all on main (`linear`) and when patches sit on release branches.
    @Test(arguments: [
        ("v1.1.0", true, "v1.0.1", "latest earlier release, an ancestor (the patches of v1.0 are on this branch)"),
        ("v1.2.0", true, "v1.1.1", "latest earlier release, an ancestor (the patches of v1.1 are on this branch)"),
        ("v1.0.1", true, "v1.0.0", "previous patch release of v1.0"),
        ("v2.0.0-rc.1", true, "v1.2.1", "latest earlier release, an ancestor (the patches of v1.2 are on this branch)"),
        ("v2.0.0-rc.2", true, "v2.0.0-rc.1", "previous pre-release of v2.0.0"),
        ("v2.0.0", true, "v1.2.1", "latest earlier release, an ancestor (the patches of v1.2 are on this branch)"),
        ("v2.1.0", true, "v2.0.0", "previous minor release"),   // v2.0 had no patches: both rules agree
        ("v2.1.1", true, "v2.1.0", "previous patch release of v2.1"),
        ("v1.1.0", false, "v1.0.0", "previous minor release"),
        ("v1.2.0", false, "v1.1.0", "previous minor release"),
        ("v2.0.0-rc.1", false, "v1.2.0", "first release of the last minor line of v1"),
        ("v2.0.0", false, "v1.2.0", "first release of the last minor line of v1"),
    ] as [(String, Bool, String, String)])
    func picksTheBaseThatFitsTheBranches(target: String, linear: Bool, base: String, reason: String) throws {
        let release = try #require(Self.releases.first { $0.tag == target })
        let choice = Self.picker(linear: linear).base(for: release)
        #expect(choice.release?.tag == base)
        #expect(choice.reason == "base \(base): \(reason)")
    }

    @Test func theNewestPatchOnTheBranchWinsWhenLaterOnesAreOnAReleaseBranch() throws {
        let unanswered = BasePicker(releases: Self.releases)
        let release = try #require(Self.releases.first { $0.tag == "v1.2.0" })
        var question = try #require(unanswered.ancestryQuestion(for: release))
        #expect(question.lineStart.tag == "v1.1.0")
        #expect(question.patches.map(\.tag) == ["v1.1.1"])
        // Pretend v1.1 had two patches and only the older reached main (a release branch merged back once).
        let older = Release(tag: "v1.1.1", version: SemanticVersion(1, 1, 1), commit: "old", time: 0)
        let newer = Release(tag: "v1.1.2", version: SemanticVersion(1, 1, 2), commit: "new", time: 0)
        question.patches = [newer, older]
        var ancestry = ReleaseAncestry()
        ancestry.answer(question, onBranch: ["old"])
        #expect(ancestry.newestPatchOnBranch(for: question)?.tag == "v1.1.1")
    }

    @Test(arguments: ["v1.0.0", "v1.0.1", "v2.0.0-rc.2", "v2.1.0", "v2.1.1"])
    func onlyReleasesAfterAPatchedLineAsk(target: String) throws {
        let release = try #require(Self.releases.first { $0.tag == target })
        #expect(BasePicker(releases: Self.releases).ancestryQuestion(for: release) == nil)
    }

    @Test func unansweredQuestionsKeepTheLineStart() throws {
        let release = try #require(Self.releases.first { $0.tag == "v1.2.0" })
        #expect(BasePicker(releases: Self.releases).base(for: release).release?.tag == "v1.1.0")
    }

    @Test func unreleasedHeadOnTheDefaultBranchStartsAtTheLatestAncestor() throws {
        let unanswered = BasePicker(releases: Self.releases)
        let question = try #require(unanswered.ancestryQuestionForUnreleased(on: .defaultBranch("main"), head: "head"))
        #expect(question.patches.map(\.tag) == ["v2.1.1"])
        var ancestry = ReleaseAncestry()
        ancestry.answer(question, onBranch: ["c10"])
        let choice = BasePicker(releases: Self.releases, ancestry: ancestry).baseForUnreleased(on: .defaultBranch("main"), head: "head")
        #expect(choice.reason == "base v2.1.1: latest earlier release, an ancestor (the patches of v2.1 are on this branch), HEAD taken as the next minor on main")
        let onBranch = BasePicker(releases: Self.releases, ancestry: ancestry).baseForUnreleased(on: .defaultBranch("main"))
        #expect(onBranch.release?.tag == "v2.1.0")
    }
}
