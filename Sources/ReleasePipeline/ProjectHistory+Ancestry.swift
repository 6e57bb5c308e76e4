import HeraldSupport
import GitHistory
import Versioning

extension ProjectHistory {
    /// A base picker for this component's releases with `questions` answered by git, with at most one git process.
    ///
    /// Every command asks the same questions of the same commits, so a release gets the same base in the notes,
    /// the release list, the changelog and the site. `graph`, when the caller has read every question's tip, answers
    /// in memory; else one question reads only its range (`git log LINESTART..TIP`) and several read the history of
    /// their tips, both with parents only.
    func basePicker(answering questions: [AncestryQuestion], in graph: CommitGraph? = nil) throws -> BasePicker {
        try Self.basePicker(of: releases, in: repository, answering: questions, graph: graph)
    }

    /// `basePicker(answering:in:)` from the values it reads alone, so it can run beside readers that change the history.
    static func basePicker(
        of releases: [Release], in repository: GitRepository, answering questions: [AncestryQuestion], graph: CommitGraph?
    ) throws -> BasePicker {
        guard !questions.isEmpty else { return BasePicker(releases: releases) }
        let parents: CommitGraph
        if let graph {
            parents = graph
        } else if questions.count == 1 {
            parents = try repository.ancestryGraph(include: [questions[0].tip], exclude: [questions[0].lineStart.commit])
        } else {
            var seen = Set<String>()
            parents = try repository.ancestryGraph(include: questions.map(\.tip).filter { seen.insert($0).inserted })
        }
        // Each answer is a walk of one line's range, independent of the others, so both cores walk.
        let answers = questions.concurrentMap { question in
            // A line start the graph lacks (read as `^LINESTART`) excludes nothing, which is what that range means.
            parents.reachable(question.patches.map(\.commit), from: question.tip, notFrom: [question.lineStart.commit])
        }
        var ancestry = ReleaseAncestry()
        for (question, onBranch) in zip(questions, answers) {
            ancestry.answer(question, onBranch: onBranch)
        }
        return BasePicker(releases: releases, ancestry: ancestry)
    }

    /// A base picker that can choose the base of every release, with one git process at most.
    func basePickerForAllReleases(in graph: CommitGraph? = nil) throws -> BasePicker {
        try Self.basePickerForAllReleases(of: releases, in: repository, graph: graph)
    }

    /// `basePickerForAllReleases(in:)` from the values it reads alone.
    static func basePickerForAllReleases(of releases: [Release], in repository: GitRepository, graph: CommitGraph?) throws -> BasePicker {
        let unanswered = BasePicker(releases: releases)
        return try basePicker(of: releases, in: repository, answering: releases.compactMap(unanswered.ancestryQuestion(for:)), graph: graph)
    }

    /// The base the rules choose for `release`, or for unreleased changes at `commit` on `line` when it is nil.
    func chosenBase(of release: Release?, on line: ReleaseLine, at commit: String) throws -> BaseChoice {
        let unanswered = BasePicker(releases: releases)
        if let release {
            let picker = try basePicker(answering: unanswered.ancestryQuestion(for: release).map { [$0] } ?? [])
            return picker.base(for: release)
        }
        let question = unanswered.ancestryQuestionForUnreleased(on: line, head: commit)
        return try basePicker(answering: question.map { [$0] } ?? []).baseForUnreleased(on: line, head: commit)
    }
}
