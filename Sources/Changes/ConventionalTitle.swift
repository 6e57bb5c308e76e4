/// A title read as a Conventional Commit, `type(scope)!: description`, or a dependency bump.
struct ConventionalTitle: Equatable {
    /// The kind the type implies, nil when the title is not conventional.
    var kind: ChangeKind?
    /// Whether `!` marks the change as breaking.
    var breaking = false
    /// The title without the `type(scope)!:` prefix, keeping a scope as `scope: `.
    var description: String

    /// Reads `title`.
    init(_ title: String) {
        description = title
        if title.hasPrefix("Bump "), title.contains(" from "), title.contains(" to ") {
            kind = .dependency
            return
        }
        guard let colon = title.firstIndex(of: ":"), title.distance(from: title.startIndex, to: colon) <= 40 else {
            kind = Self.kindFromWords(title)
            return
        }
        var head = title[..<colon]
        if head.hasSuffix("!") { breaking = true; head = head.dropLast() }
        var scope: Substring = ""
        if let open = head.firstIndex(of: "("), head.hasSuffix(")") {
            scope = head[head.index(after: open)..<head.index(before: head.endIndex)]
            head = head[..<open]
        }
        guard let type = Self.kind(forType: head.lowercased(), scope: scope.lowercased()) else {
            breaking = false
            kind = Self.kindFromWords(title)
            return
        }
        kind = type
        let rest = title[title.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        description = rest.isEmpty ? title : (scope.isEmpty ? rest : "\(scope): \(rest)")
        if type == .dependency || type == .cleanup, rest.hasPrefix("bump "), rest.contains(" from ") {
            kind = .dependency
        }
    }

    /// The kind a Conventional Commits type names.
    static func kind(forType type: String, scope: String) -> ChangeKind? {
        switch type {
        case "feat", "feature": return .feature
        case "fix", "bugfix", "revert": return .fix
        case "docs", "doc": return .documentation
        case "perf": return .performance
        case "deps": return .dependency
        case "chore", "build":
            return scope == "deps" || scope == "deps-dev" ? .dependency : .cleanup
        case "refactor", "test", "tests", "ci", "style": return .cleanup
        default: return nil
        }
    }

    /// A kind from well-known plain titles: changelog updates and deprecations.
    static func kindFromWords(_ title: String) -> ChangeKind? {
        let lower = title.lowercased()
        if lower.hasPrefix("changelog") || lower.contains("changelog for") || lower.hasPrefix("update changelog")
            || lower.hasPrefix("add changelog") {
            return .documentation
        }
        if lower.hasPrefix("deprecate ") { return .deprecation }
        return nil
    }
}
