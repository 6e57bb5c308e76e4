import GitHub
import LoopbackGitHub
import ReleaseNotes
import SampleRepositories
@testable import HeraldCLI

/// A golden scenario: a script that builds a repository, the herald runs to make, and expected outputs beside this file.
struct GoldenScenario: Sendable, CustomStringConvertible {
    /// The folder under `Scenarios/` holding the expected outputs.
    var name: String
    /// Builds the repository.
    var script: @Sendable (ScratchRepository) throws -> Void
    /// The runs to compare, each with the file stem of its expected output.
    var runs: [Run]

    var description: String { name }

    /// One herald run and the file it is compared with.
    struct Run: Sendable {
        /// The expected output's file name, for example `notes-v1.2.0.md`.
        var file: String
        /// The action to run against the repository.
        var action: @Sendable (ScratchRepository) throws -> CommandOutput

        /// `herald notes` in Markdown.
        static func notes(_ file: String, from: String? = nil, to: String? = nil, component: String? = nil) -> Run {
            Run(file: file) { try NotesAction(repo: $0.path, from: from, to: to, format: .markdown, component: component).run() }
        }

        /// `herald notes --style STYLE` in Markdown.
        static func styled(_ file: String, style: NotesStyle, from: String? = nil, to: String? = nil) -> Run {
            Run(file: file) { try NotesAction(repo: $0.path, from: from, to: to, format: .markdown, style: style).run() }
        }

        /// `herald changelog --style STYLE`.
        static func styledChangelog(_ file: String, style: NotesStyle) -> Run {
            Run(file: file) { try ChangelogAction(repo: $0.path, style: style).run() }
        }

        /// `herald notes --github` in Markdown, reading `pulls` (GraphQL pull request objects by number) from a
        /// loopback GitHub.
        static func notesWithMetadata(_ file: String, to: String, pulls: [Int: String]) -> Run {
            Run(file: file) { repo in
                let server = try LoopbackServer { request, _ in
                    guard request.method == "POST", request.path == "/graphql" else { return .init(status: 404) }
                    let asked = pulls.keys.filter { request.body.contains("pr\($0): pullRequest(number: \($0))") }.sorted()
                    let data = asked.map { "\"pr\($0)\": \(pulls[$0] ?? "null")" }.joined(separator: ",")
                    return .init(status: 200, body: #"{"data":{"repository":{\#(data)}}}"#)
                }
                defer { server.stop() }
                let api = GitHubAPI(baseURL: server.baseURL, token: LoopbackGitHub.token, retryBudget: 5, pause: { _ in })
                return try NotesAction(repo: repo.path, to: to, format: .markdown, github: true, api: api).run()
            }
        }

        /// `herald notes --upstreams REPO/FOLDER` in Markdown.
        static func notesWithUpstreams(_ file: String, to: String, upstreams: String) -> Run {
            Run(file: file) { try NotesAction(repo: $0.path, to: to, format: .markdown, upstreams: $0.path + "/" + upstreams).run() }
        }

        /// `herald notes --format json`.
        static func json(_ file: String, from: String? = nil, to: String? = nil, component: String? = nil) -> Run {
            Run(file: file) { try NotesAction(repo: $0.path, from: from, to: to, format: .json, component: component).run() }
        }

        /// `herald releases`.
        static func releases(_ file: String, format: ListFormat = .text) -> Run {
            Run(file: file) { try ReleasesAction(repo: $0.path, format: format).run() }
        }

        /// `herald images`.
        static func images(_ file: String, at: String? = nil, format: ListFormat = .text, component: String? = nil) -> Run {
            Run(file: file) { try ImagesAction(repo: $0.path, at: at, format: format, component: component).run() }
        }

        /// `herald changelog`.
        static func changelog(_ file: String) -> Run {
            Run(file: file) { try ChangelogAction(repo: $0.path).run() }
        }

        /// `herald backports`.
        static func backports(_ file: String, lines: Int = 3, format: ListFormat = .text) -> Run {
            Run(file: file) { try BackportsAction(repo: $0.path, lines: lines, format: format).run() }
        }

        /// `herald next-version`.
        static func nextVersion(_ file: String, component: String? = nil) -> Run {
            Run(file: file) { try NextVersionAction(repo: $0.path, component: component).run() }
        }

        /// Notes in both formats: `<stem>.md` and `<stem>.json`.
        static func both(_ stem: String, from: String? = nil, to: String? = nil, component: String? = nil) -> [Run] {
            [.notes(stem + ".md", from: from, to: to, component: component), .json(stem + ".json", from: from, to: to, component: component)]
        }
    }

    /// Every scenario.
    static let all: [GoldenScenario] = [
        mergePullRequests, squashPullRequests, directCommits, releaseBranch, releaseCandidates, reverts,
        vendoredSubtree, conventionalCommits, releaseNoteBlocks, oddTags, nonUTF8Message, noTags, shallowClone,
        monorepo, manifestsOnAReleaseBranch, combinedRelease, floatingTags, configurationErrors, crossBranch, patchChains, kubernetesStyle, kubernetesMetadata, publishedTags, ownImage, symlinkedDeploy, linkedDeployRoot, productTags, upstreamDigest,
        cherryPickTitles, branchSyncMerge, securityAdvisoryMerge, tagsOnMain, exclusionRules,
    ]
}
