import ReleaseNotes
import ReleasePipeline

/// Which release lines carry each change of the default branch: `herald backports`.
struct BackportsAction {
    /// The repository folder.
    var repo: String
    /// How many of the newest release lines to compare.
    var lines: Int = 3
    /// Text or JSON.
    var format: ListFormat = .text
    /// The configuration file, or nil for `REPO/.herald.yml` when it exists.
    var config: String?
    /// The component, needed when the repository has several.
    var component: String?

    /// Reads every release and the release branches, and prints the matrix.
    func run() throws -> CommandOutput {
        var history = try ProjectScope.load(repo: repo, config: config, component: component, single: true).histories()[0]
        try ProjectHistory.requireReleases(in: [history], for: "backports")
        let matrix = try history.backports(lineCount: lines)
        switch format {
        case .json: return CommandOutput(text: try JSONOutput.string(matrix), diagnostics: history.diagnostics)
        case .text: return CommandOutput(text: Self.table(matrix), diagnostics: history.diagnostics)
        }
    }

    /// One row per change: its reference, kind and title, then where each line stands.
    static func table(_ matrix: BackportMatrix) -> String {
        let header = ["change", "kind", "title"] + matrix.lines
        let rows = matrix.rows.map { row in
            [row.change.reference, row.change.kind.rawValue, Self.clipped(row.change.title)] + row.lines.map(cell)
        }
        guard !rows.isEmpty else { return "no changes on the default branch since \(matrix.lines.last ?? "the oldest line") began\n" }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { cells in
            zip(cells, widths).map { $0.padded(toWidth: $1) }
                .joined(separator: "  ").trimmingTrailingSpaces
        }.joined(separator: "\n") + "\n"
    }

    /// `v6.2.1`, `v6.2.1 (#1524)` when a pick carried it, `unreleased`, or `-`.
    static func cell(_ cell: BackportMatrix.Cell) -> String {
        let carrier = cell.pullRequest.map { " (#\($0))" } ?? ""
        switch cell.status {
        case .shipped: return (cell.version?.tagName ?? "") + carrier
        case .unreleased: return "unreleased" + carrier
        case .missing: return "-"
        }
    }

    /// At most 60 characters of a title, so the table fits a terminal.
    static func clipped(_ title: String) -> String {
        title.count <= 60 ? title : String(title.prefix(59)) + "…"
    }
}

extension String {
    /// The text without spaces at its end.
    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
