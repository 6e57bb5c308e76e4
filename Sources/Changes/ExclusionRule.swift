import HeraldSupport
import Foundation

/// A configured `exclude` rule: a change that meets every condition it gives is left out of the notes, with a reason.
///
/// Conditions are a regular expression searched in the title the notes show, an author, a pull request label,
/// and path globs that every changed path must match. A rule without conditions matches nothing.
public struct ExclusionRule: Sendable, Equatable, CustomStringConvertible {
    /// A pattern searched for in the change's title, if the rule has one.
    public var title: BoundedPattern?
    /// An author as the notes show them (`@login` or a name), compared without `@` and case; nil for any author.
    public var author: String?
    /// A pull request label, compared exactly; it matches only where GitHub metadata was read.
    public var label: String?
    /// Globs of which each changed path must match one; empty means no path condition.
    public var paths: [Glob]
    /// The maintainers' own words for why matching changes are left out, if given.
    public var reason: String?

    /// Creates a rule leaving out changes that meet every given condition.
    public init(title: NSRegularExpression? = nil, author: String? = nil, label: String? = nil, paths: [Glob] = [], reason: String? = nil) {
        self.title = title.map { BoundedPattern($0) }
        self.author = author
        self.label = label
        self.paths = paths
        self.reason = reason
    }

    /// Whether the rule has at least one condition.
    public var hasConditions: Bool { title != nil || author != nil || label != nil || !paths.isEmpty }

    /// Whether `change`, with its pull request's `labels` (empty when unknown) and changed `paths`, meets every condition.
    ///
    /// A change whose paths are unknown or empty never meets a paths condition: "only docs" needs files to say so.
    public func matches(_ change: Change, labels: [String], paths changed: [String]) -> Bool {
        guard hasConditions else { return false }
        if let author, !change.authors.contains(where: { Self.sameAuthor($0, author) }) { return false }
        if let label, !labels.contains(label) { return false }
        if !paths.isEmpty {
            guard !changed.isEmpty, changed.allSatisfy({ path in paths.contains { $0.matches(path) } }) else { return false }
        }
        // The pattern last: it is the one condition that can be slow.
        if let pattern = title, !pattern.occurs(in: change.title) { return false }
        return true
    }

    /// Whether two authors are one: `@Login` and `login` are, as are names that differ only in case.
    static func sameAuthor(_ lhs: String, _ rhs: String) -> Bool {
        func plain(_ text: String) -> String { (text.hasPrefix("@") ? String(text.dropFirst()) : text).lowercased() }
        return plain(lhs) == plain(rhs)
    }

    /// The reason an excluded change shows, naming the rule by its place in the file (`exclude[0]`, counted from 0).
    public func reason(index: Int) -> String {
        let name = "exclude[\(index)]"
        if let reason { return "\(reason) (\(name))" }
        return "excluded by \(name) (\(conditions.joined(separator: ", ")))"
    }

    /// How many searches of the title pattern ran out of time, and so counted as no match.
    public var timedOutSearches: Int { title?.timedOutSearches ?? 0 }

    /// The conditions as short phrases: `title /^Add changelog/`, `author @dependabot[bot]`, `label x`, `paths [docs/**]`.
    var conditions: [String] {
        var conditions: [String] = []
        if let title { conditions.append("title /\(title.pattern)/") }
        if let author { conditions.append("author \(author)") }
        if let label { conditions.append("label \(label)") }
        if !paths.isEmpty { conditions.append("paths [\(paths.map(\.pattern).joined(separator: ", "))]") }
        return conditions
    }

    /// The rule as `exclude if title /…/, author …`.
    public var description: String {
        "exclude if \(hasConditions ? conditions.joined(separator: ", ") : "never")"
    }
}
