/// Prints the suggested next version and its reason: `herald next-version`.
struct NextVersionAction {
    /// The repository folder.
    var repo: String
    /// Text or JSON.
    var format: ListFormat = .text
    /// Print only the version, for scripts.
    var short = false
    /// The configuration file, or nil for `REPO/.herald.yml` when it exists.
    var config: String?
    /// The component, needed when the repository has several.
    var component: String?

    /// Reads the unreleased changes on the current branch and suggests their version.
    func run() throws -> CommandOutput {
        var history = try ProjectScope.load(repo: repo, config: config, component: component, single: true).histories()[0]
        let document = try history.notes(from: nil, to: nil, unreleased: true)
        let version = document.suggestedVersion?.tagName ?? "v0.1.0"
        let reason = document.suggestionReason ?? ""
        switch format {
        case .json:
            let answer = NextVersion(version: version, reason: reason, base: document.range.from, baseReason: document.range.reason)
            return CommandOutput(text: try JSONOutput.string(answer), diagnostics: history.diagnostics)
        case .text:
            let text = short ? "\(version)\n" : "\(version)\nreason: \(reason)\n\(document.range.reason)\n"
            return CommandOutput(text: text, diagnostics: history.diagnostics)
        }
    }
}

/// The JSON object `herald next-version --format json` prints.
struct NextVersion: Encodable {
    /// The JSON contract's version.
    var schemaVersion = 1
    /// The suggested version.
    var version: String
    /// Why.
    var reason: String
    /// The base the changes were read from.
    var base: String?
    /// Why that base.
    var baseReason: String
}
