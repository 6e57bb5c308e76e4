import HeraldSupport

/// The warnings a command prints: each once, in order, and a kind that repeats more than a few times as a summary.
///
/// On a monorepo of Go modules every command met hundreds of `api/v3.5.0`-style tags; a script reading
/// `next-version --short` wants no wall of warnings, and a person wants one line saying what to do.
enum DiagnosticSummary {
    /// How many warnings of one kind are printed before they are summarised.
    static let listedPerCode = 3

    /// The lines to print for `diagnostics` at `verbosity`.
    static func lines(_ diagnostics: [Diagnostic], verbosity: Verbosity) -> [String] {
        guard verbosity != .quiet else { return [] }
        var seen = Set<Diagnostic>()
        let unique = diagnostics.filter { seen.insert($0).inserted }
        guard verbosity == .normal else { return unique.map(line(for:)) }
        let byCode = Dictionary(grouping: unique, by: \.code)
        var summarised = Set<DiagnosticCode>()
        var lines: [String] = []
        for diagnostic in unique {
            let group = byCode[diagnostic.code] ?? []
            guard group.count > listedPerCode else {
                lines.append(line(for: diagnostic))
                continue
            }
            guard summarised.insert(diagnostic.code).inserted else { continue }
            lines += summary(of: group)
        }
        return lines
    }

    /// The printed line of one warning, with the flag that answers it where there is one: libraries name no flag.
    static func line(for diagnostic: Diagnostic) -> String {
        switch diagnostic.code {
        case .noTags: return diagnostic.description + " (pass --from to choose a start)"
        default: return diagnostic.description
        }
    }

    /// The lines that stand for a repeated kind: one for skipped tags, else the first and a count.
    static func summary(of group: [Diagnostic]) -> [String] {
        guard let first = group.first else { return [] }
        if first.code == .skippedTag { return [skippedTags(group.map { $0.subject ?? "" })] }
        return [line(for: first), "warning[\(first.code.rawValue)]: and \(group.count - 1) more like it; pass --verbose to list them"]
    }

    /// One line for many skipped tags, grouped by the prefix before their last `/`.
    static func skippedTags(_ names: [String]) -> String {
        var prefixCounts: [String: Int] = [:]
        var others: [String] = []
        for name in names {
            if let slash = name.lastIndex(of: "/") {
                prefixCounts[String(name[...slash]), default: 0] += 1
            } else {
                others.append(name)
            }
        }
        let prefixes = prefixCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
        var parts: [String] = []
        if !prefixes.isEmpty {
            let count = prefixCounts.values.reduce(0, +)
            parts.append("\(count) under \(prefixes.count) prefix\(prefixes.count == 1 ? "" : "es") (\(listed(prefixes, first: 3)))")
        }
        if !others.isEmpty {
            parts.append("\(others.count) other\(others.count == 1 ? "" : "s") (\(listed(others, first: 2)))")
        }
        return "warning[skipped-tag]: \(names.count) tags not read as releases: \(parts.joined(separator: " and ")); "
            + "declare them as components or list them under tags.ignore (--verbose lists each)"
    }

    /// The first `count` of `items`, then `…` when there are more.
    static func listed(_ items: [String], first count: Int) -> String {
        (items.prefix(count) + (items.count > count ? ["…"] : [])).joined(separator: ", ")
    }
}
