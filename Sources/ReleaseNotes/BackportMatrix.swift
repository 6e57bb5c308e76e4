import Changes
import Versioning

/// Which release lines carry each change of the default branch: `herald backports`, for the question "which
/// supported lines have this fix?".
public struct BackportMatrix: Sendable, Equatable, Encodable {
    /// Where one line stands with one change.
    public struct Cell: Sendable, Equatable, Encodable {
        /// Shipped in a release, merged on the line's branch but not yet released, or absent.
        public enum Status: String, Sendable, Equatable, Encodable {
            /// A release of the line carries it.
            case shipped
            /// The line's `release-X.Y` branch carries it, no release yet.
            case unreleased
            /// The line lacks it.
            case missing
        }

        /// Where the line stands.
        public var status: Status
        /// The first release of the line that shipped it, when shipped.
        public var version: SemanticVersion?
        /// The pull request that brought it to the line when that is a cherry-pick, not the change itself.
        public var pullRequest: Int?

        /// Creates a cell.
        public init(status: Status, version: SemanticVersion? = nil, pullRequest: Int? = nil) {
            self.status = status
            self.version = version
            self.pullRequest = pullRequest
        }

        enum CodingKeys: String, CodingKey { case status, version, pullRequest }

        /// Encodes every field, absent values as `null`, the version as tags spell it.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(status, forKey: .status)
            try container.encode(version?.tagName, forKey: .version)
            try container.encode(pullRequest, forKey: .pullRequest)
        }
    }

    /// One change of the default branch and its cell on each line, in the order of `lines`.
    public struct Row: Sendable, Equatable, Encodable {
        /// The change.
        public var change: Change
        /// One cell per line.
        public var lines: [Cell]

        /// Creates a row.
        public init(change: Change, lines: [Cell]) {
            self.change = change
            self.lines = lines
        }
    }

    /// The JSON contract's version.
    public var schemaVersion = 1
    /// The component, or nil for a repository that is one component.
    public var component: String?
    /// The release lines compared, newest first, as `v6.2`.
    public var lines: [String]
    /// Fixes first, then the rest; newest first within each.
    public var rows: [Row]

    /// Creates a matrix.
    public init(component: String?, lines: [String], rows: [Row]) {
        self.component = component
        self.lines = lines
        self.rows = rows
    }

    enum CodingKeys: String, CodingKey { case schemaVersion, component, lines, rows }

    /// Encodes every field, absent values as `null` as the JSON contract spells them.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(component, forKey: .component)
        try container.encode(lines, forKey: .lines)
        try container.encode(rows, forKey: .rows)
    }
}
