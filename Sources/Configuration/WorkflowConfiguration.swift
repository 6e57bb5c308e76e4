import Changes
import Foundation

/// How drafts, pull request metadata and `herald lint` behave: the `drafts` and `lint` keys.
public struct WorkflowConfiguration: Sendable, Equatable {
    /// The repository-relative folder of notes files, `releases` by default: `FOLDER/<component>/<version>.md`.
    public var draftsFolder: String
    /// Whether notes, drafts and lint read pull request labels and descriptions from GitHub without `--github`.
    public var pullRequestMetadata: Bool
    /// Title patterns of pull requests `herald lint` lets pass, such as `^Bump `.
    public var lintAllow: [BoundedPattern]

    /// The folder of notes files when none is given.
    public static let defaultDraftsFolder = "releases"

    /// Creates workflow settings.
    public init(draftsFolder: String = defaultDraftsFolder, pullRequestMetadata: Bool = false, lintAllow: [NSRegularExpression] = []) {
        self.draftsFolder = draftsFolder
        self.pullRequestMetadata = pullRequestMetadata
        self.lintAllow = lintAllow.map { BoundedPattern($0) }
    }

    /// Whether `herald lint` lets the pull request titled `title` pass.
    public func allows(title: String) -> Bool {
        lintAllow.contains { $0.occurs(in: title) }
    }
}

extension WorkflowConfiguration {
    /// The `drafts` mapping's keys.
    static let draftKeys = ["folder", "pullRequestMetadata"]
    /// The `lint` mapping's keys.
    static let lintKeys = ["allow"]

    /// Reads the `drafts` and `lint` mappings, either of which may be absent.
    init(drafts: ConfigurationNode?, lint: ConfigurationNode?) throws {
        let draftFields = try drafts?.fields(Self.draftKeys)
        let lintFields = try lint?.fields(Self.lintKeys)
        var folder = try draftFields?["folder"]?.nonEmptyString("a folder") ?? Self.defaultDraftsFolder
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        if let node = draftFields?["folder"], folder.hasPrefix("/") || folder.split(separator: "/").contains("..") {
            throw node.error(.folderOutsideRepository(folder, example: "releases"))
        }
        var metadata = false
        if let node = draftFields?["pullRequestMetadata"] {
            switch try node.string() {
            case "true": metadata = true
            case "false": metadata = false
            default: throw node.error(.expectedBoolean)
            }
        }
        let allow = try lintFields?["allow"]?.items(of: "title patterns").map { item -> NSRegularExpression in
            let pattern = try item.nonEmptyString("a regular expression")
            do {
                return try NSRegularExpression(pattern: pattern)
            } catch {
                throw item.error(.invalidRegularExpression(pattern))
            }
        } ?? []
        self.init(draftsFolder: folder, pullRequestMetadata: metadata, lintAllow: allow)
    }
}
