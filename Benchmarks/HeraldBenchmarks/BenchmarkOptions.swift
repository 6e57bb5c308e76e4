import Foundation

/// The command line of the benchmark, read without ArgumentParser so the target needs nothing but Glibc.
struct BenchmarkOptions {
    /// The herald binary to measure.
    let herald: String
    /// How many times each command runs; the best run counts.
    let runs: Int
    /// Cache root given with --cache, else nil for the default.
    let cacheRoot: String?
    /// Commits the generated history has at least.
    let commits: Int
    /// Tags the generated history has, and releases the site's generated repository has over both components.
    let tags: Int
    /// Whether only the site is measured (`--only site`), which needs no herald binary: it reads its own repository in process.
    let siteOnly: Bool
    /// Whether only the tag-scaling rows are measured (`--only tags`).
    let tagsOnly: Bool

    /// The one-line usage printed for --help and for mistakes.
    static let usage = "usage: HeraldBenchmarks --herald PATH [--runs N] [--cache DIR] [--commits N] [--tags N] [--only site|tags]"

    /// Why parsing stopped: a mistake (exit 64) or a request for help (exit 0).
    enum Stop: Error {
        /// The arguments were wrong; the message says how.
        case misuse(String)
        /// --help or -h was given.
        case help
    }

    /// Reads `arguments`, which exclude the program name.
    init(arguments: [String]) throws(Stop) {
        var herald: String?
        var runs = 5
        var cacheRoot: String?
        var commits = 100_000
        var tags = 1_000
        var siteOnly = false
        var tagsOnly = false
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            if flag == "--help" || flag == "-h" {
                throw .help
            }
            guard ["--herald", "--runs", "--cache", "--commits", "--tags", "--only"].contains(flag) else {
                throw .misuse("unknown argument \(flag)")
            }
            guard let value = remaining.popFirst() else {
                throw .misuse("\(flag) needs a value")
            }
            switch flag {
            case "--herald": herald = value
            case "--cache": cacheRoot = value
            case "--runs": runs = try Self.positive(value, for: flag, atLeast: 1)
            case "--commits": commits = try Self.positive(value, for: flag, atLeast: 100)
            case "--only":
                guard value == "site" || value == "tags" else { throw .misuse("--only takes site or tags, not \(value)") }
                siteOnly = value == "site"
                tagsOnly = value == "tags"
            default: tags = try Self.positive(value, for: flag, atLeast: 10)
            }
        }
        guard let herald = herald ?? (siteOnly ? "" : nil) else {
            throw .misuse("--herald PATH is required")
        }
        self.herald = herald
        self.siteOnly = siteOnly
        self.tagsOnly = tagsOnly
        self.runs = runs
        self.cacheRoot = cacheRoot
        self.commits = commits
        self.tags = tags
    }

    /// Parses a whole number no smaller than `minimum`.
    private static func positive(_ text: String, for flag: String, atLeast minimum: Int) throws(Stop) -> Int {
        guard let number = Int(text), number >= minimum else {
            throw .misuse("\(flag) takes a whole number of at least \(minimum), not \(text)")
        }
        return number
    }

    /// Parses the process's own arguments, or prints usage and exits: 0 for help, 64 (EX_USAGE) for mistakes.
    static func fromCommandLine() -> BenchmarkOptions {
        do {
            return try BenchmarkOptions(arguments: Array(CommandLine.arguments.dropFirst()))
        } catch {
            switch error {
            case .help:
                print(usage)
                exit(0)
            case .misuse(let reason):
                FileHandle.standardError.write(Data("HeraldBenchmarks: \(reason)\n\(usage)\n".utf8))
                exit(64)
            }
        }
    }
}
