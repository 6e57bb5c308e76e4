import ArgumentParser

/// How many warnings a command prints: none, a summary of repeats, or every one.
enum Verbosity: Sendable {
    /// No warnings; errors still print.
    case quiet
    /// Each warning once, repeats of one kind summarised.
    case normal
    /// Every warning.
    case verbose
}

/// The options that choose the verbosity, which every command takes.
struct VerbosityOptions: ParsableArguments {
    @Flag(help: "List every warning instead of summarising repeats.")
    var verbose = false

    @Flag(help: "Print no warnings (errors still print).")
    var quiet = false

    func validate() throws {
        if verbose && quiet { throw ValidationError("--verbose and --quiet exclude each other") }
    }

    /// The verbosity the flags choose.
    var verbosity: Verbosity { quiet ? .quiet : verbose ? .verbose : .normal }
}
