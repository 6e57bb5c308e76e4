import HeraldSupport
import Foundation

/// A configured classification rule: when every condition it gives holds, a change is of `kind`.
///
/// Conditions are a regular expression searched in the title, one searched in the body, and path
/// globs of which any must match any changed path. A rule without conditions matches nothing.
public struct ClassificationRule: Sendable, Equatable, CustomStringConvertible {
    /// The kind a matching change gets.
    public var kind: ChangeKind
    /// A pattern searched for in the change's title, if the rule has one.
    public var title: BoundedPattern?
    /// A pattern searched for in the change's body, if the rule has one.
    public var body: BoundedPattern?
    /// Globs of which at least one must match a changed path; empty means no path condition.
    public var paths: [Glob]

    /// Creates a rule giving `kind` to changes that meet every given condition.
    public init(kind: ChangeKind, title: NSRegularExpression? = nil, body: NSRegularExpression? = nil, paths: [Glob] = []) {
        self.kind = kind
        self.title = title.map { BoundedPattern($0) }
        self.body = body.map { BoundedPattern($0) }
        self.paths = paths
    }

    /// Whether the rule has at least one condition.
    public var hasConditions: Bool { title != nil || body != nil || !paths.isEmpty }

    /// Whether a change with this `title`, `body` and changed `paths` meets every condition of the rule.
    public func matches(title: String, body: String, paths: [String]) -> Bool {
        guard hasConditions else { return false }
        if let pattern = self.title, !pattern.occurs(in: title) { return false }
        if let pattern = self.body, !pattern.occurs(in: body) { return false }
        if !self.paths.isEmpty {
            return paths.contains { path in self.paths.contains { $0.matches(path) } }
        }
        return true
    }

    /// How many searches of this rule's patterns ran out of time, and so counted as no match.
    public var timedOutSearches: Int { (title?.timedOutSearches ?? 0) + (body?.timedOutSearches ?? 0) }

    /// Rules are equal when their kinds, patterns and globs are.
    public static func == (lhs: ClassificationRule, rhs: ClassificationRule) -> Bool {
        lhs.kind == rhs.kind && lhs.paths == rhs.paths && lhs.title == rhs.title && lhs.body == rhs.body
    }

    /// The rule as `kind if title ~ /…/, body ~ /…/, paths [...]`.
    public var description: String {
        var conditions: [String] = []
        if let title { conditions.append("title ~ /\(title.pattern)/") }
        if let body { conditions.append("body ~ /\(body.pattern)/") }
        if !paths.isEmpty { conditions.append("paths [\(paths.map(\.pattern).joined(separator: ", "))]") }
        return "\(kind.rawValue) if \(conditions.isEmpty ? "never" : conditions.joined(separator: ", "))"
    }
}
