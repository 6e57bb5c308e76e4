import Foundation
import Glibc

/// The best wall time and the highest peak memory of one command over repeated runs, or why it failed.
struct Measurement {
    /// What was run, for the output's label.
    let name: String
    /// The fastest run, in seconds; nil when the command failed.
    let bestSeconds: Double?
    /// The median run, in seconds, which shows how noisy the machine was beside the best; nil when it failed.
    var medianSeconds: Double? = nil
    /// The highest ru_maxrss over all runs, in KiB.
    let peakKiB: Int
    /// Whether the peak is no more than the benchmark's own, so only an upper bound of the child's is known.
    let peakIsSpawnFloor: Bool
    /// How the first failing run ended, e.g. "exit 2"; nil when every run succeeded.
    let failure: String?
    /// How many runs were made: fewer than asked once a failure or the time budget stopped them.
    let runs: Int
    /// How many runs were asked for.
    let requestedRuns: Int

    /// After this many seconds spent on one command, no further run starts; git-cliff takes minutes a run.
    static let budgetSeconds = 60.0

    /// Runs `arguments` up to `runs` times with standard output on /dev/null and standard input on /dev/null
    /// or `input`, keeping the best time.
    ///
    /// Standard error stays on the terminal so a failing command explains itself; after the first failure
    /// the command is not repeated, so its message shows once.
    static func bestOf(_ runs: Int, name: String, arguments: [String], input: StreamConnection = .nullDevice,
                       environment: [String: String] = [:]) -> Measurement {
        var times: [Double] = []
        var spent = 0.0
        var made = 0
        var peak = 0
        var failure: String?
        if isatty(2) == 1 {
            FileHandle.standardError.write(Data("timing \(arguments.joined(separator: " "))\n".utf8))
        }
        while made < runs, failure == nil, spent < budgetSeconds {
            made += 1
            do {
                let outcome = try ChildProcess(arguments, input: input, environment: environment).wait()
                peak = max(peak, outcome.peakKiB)
                spent += outcome.seconds
                times.append(outcome.seconds)
                failure = outcome.succeeded ? nil : outcome.ending
            } catch {
                failure = "\(error)"
            }
        }
        let sorted = times.sorted()
        let median = sorted.isEmpty ? nil : (sorted[(sorted.count - 1) / 2] + sorted[sorted.count / 2]) / 2
        return Measurement(name: name, bestSeconds: failure == nil ? sorted.first ?? .infinity : nil, medianSeconds: failure == nil ? median : nil,
                           peakKiB: peak, peakIsSpawnFloor: peak <= spawnFloorKiB(), failure: failure, runs: made,
                           requestedRuns: runs)
    }

    /// Commands that together make one floor: best times added up, the highest peak, the first failure.
    static func sum(_ parts: [Measurement], name: String) -> Measurement {
        let times = parts.compactMap(\.bestSeconds)
        let failure = parts.first { $0.bestSeconds == nil }.map { "\($0.name): \($0.failure ?? "unknown")" }
        let peak = parts.map(\.peakKiB).max() ?? 0
        return Measurement(name: name, bestSeconds: failure == nil ? times.reduce(0, +) : nil, peakKiB: peak,
                           peakIsSpawnFloor: parts.allSatisfy(\.peakIsSpawnFloor), failure: failure,
                           runs: parts.map(\.runs).min() ?? 0, requestedRuns: parts.map(\.requestedRuns).max() ?? 0)
    }

    /// The benchmark's own peak resident size in KiB.
    ///
    /// Linux copies the spawning process's high-water mark into a child's ru_maxrss when the child execs
    /// (posix_spawn shares the parent's memory until then), so no child reads below this.
    static func spawnFloorKiB() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss
    }

    /// "git 0.041s (median 0.044s)", "git-cliff 171.2s (1 of 5 runs)" or "herald failed (exit 2)".
    var timeText: String {
        guard let bestSeconds else {
            return "\(name) failed (\(failure ?? "unknown"))"
        }
        let cut = runs < requestedRuns ? " (\(runs) of \(requestedRuns) runs)" : ""
        let median = medianSeconds.map { runs > 1 ? " (median \(Format.seconds($0)))" : "" } ?? ""
        return "\(name) \(Format.seconds(bestSeconds))\(median)\(cut)"
    }

    /// "peak 21.3 MiB", "peak ≤ 20.7 MiB" at the spawn floor, or a dash when the command failed.
    var peakText: String {
        guard peakKiB > 0, bestSeconds != nil else {
            return "peak —"
        }
        return "peak \(peakIsSpawnFloor ? "≤ " : "")\(Format.mebibytes(kibibytes: peakKiB))"
    }

    /// Peak memory in MiB for comparison with the memory target; nil when the command failed.
    var peakMebibytes: Double? {
        bestSeconds == nil ? nil : Double(peakKiB) / 1024
    }

    /// This measurement's best time over the floor's; nil when either failed or the floor took no time.
    func ratio(over floor: Measurement) -> Double? {
        guard let bestSeconds, let floorSeconds = floor.bestSeconds, floorSeconds > 0 else {
            return nil
        }
        return bestSeconds / floorSeconds
    }

    /// The ratio as "1.51×", or a dash when it is unknown.
    func ratioText(over floor: Measurement) -> String {
        ratio(over: floor).map { String(format: "%.2f×", $0) } ?? "—"
    }
}
