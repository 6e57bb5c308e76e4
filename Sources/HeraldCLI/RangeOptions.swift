import HeraldSupport
import ArgumentParser

/// The range a command reads, and where pull request metadata for it comes from.
struct RangeOptions: ParsableArguments {
    @Option(help: "The ref the range starts after (default: the previous release, chosen and explained).")
    var from: String?

    @Option(help: "The ref the range ends at.")
    var to: String?

    @Flag(help: "Read pull request labels and descriptions from GitHub (GraphQL, cached in .git/herald).")
    var github = false

    @Flag(help: "Use cached pull request metadata only; make no request.")
    var offline = false

    func validate() throws {
        if github && offline { throw ValidationError("--github and --offline exclude each other") }
        try Self.checkRef(from, option: "--from")
        try Self.checkRef(to, option: "--to")
    }

    /// Refuses a ref git would take as an option or that cannot name anything: a usage error, exit code 64.
    static func checkRef(_ ref: String?, option: String) throws {
        guard let ref else { return }
        if ref.isEmpty { throw ValidationError("\(option) needs a ref: a tag, branch or commit") }
        if ref.hasPrefix("-") || ref.unicodeScalars.contains(where: ControlCharacters.contains) {
            throw ValidationError("\(option) '\(TerminalText.line(ref))' is not a valid ref name")
        }
    }
}
