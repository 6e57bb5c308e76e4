import Foundation
import HeraldSupport

/// Runs one git process in a repository as `launch` says, turning how it ended into a `GitHistoryError`.
struct GitProcess {
    /// The executable and environment git starts with.
    var launch: GitLaunch
    /// The repository folder, passed to git as `-C`.
    var directory: String
    /// Extra input written to git's standard input, if any.
    var input: Data? = nil
    /// Writes git's standard input as it runs instead of `input` (see `ChildRun.inputSource`).
    var inputSource: (@Sendable (Int32) -> Void)? = nil
    /// Seconds git may write nothing before it is ended: generous, as a walk of a large history prints late.
    var silenceLimit: Double = 600

    /// Runs `git arguments` and returns its whole standard output; for small outputs only.
    func output(_ arguments: [String]) throws -> Data {
        var collected = Data()
        try stream(arguments) { chunk in collected.append(contentsOf: chunk) }
        return collected
    }

    /// Runs `git arguments` and calls `body` with each chunk of standard output as it is read.
    func stream(_ arguments: [String], _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let command = "git " + arguments.prefix(3).joined(separator: " ")
        var child = ChildRun(
            executable: launch.executable,
            arguments: ["-C", directory] + arguments,
            environment: launch.environment,
            input: input,
            silenceLimit: silenceLimit
        )
        child.inputSource = inputSource
        let ending: ChildProcessEnding
        do {
            ending = try child.run(streaming: body)
        } catch is ChildProcessError {
            throw GitHistoryError.cannotStartGit(command: command)
        }
        switch ending.termination {
        case .exit(0):
            return
        case .silence:
            throw GitHistoryError.silent(command: command, seconds: Int(silenceLimit), reading: nil)
        case .exit, .signal:
            throw exitError(of: command, standardError: ending.standardError)
        }
    }

    /// The typed error for a git that exited with an error: the one place git's standard error decides a case.
    func exitError(of command: String, standardError: Data) -> GitHistoryError {
        let reason = Self.reason(fromStandardError: standardError)
        // git has no exit status of its own for "no repository here" (it exits 128 for every fatal error), so its
        // message is matched once, at the boundary where git's output is parsed; callers switch on the case.
        if reason.hasPrefix("not a git repository") { return .notARepository(path: directory) }
        return .gitFailed(command: command, reason: reason)
    }

    /// The most telling line of git's standard error, without git's `fatal:` prefix.
    static func reason(fromStandardError data: Data) -> String {
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline).map { String($0) }
        let line = lines.first { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") } ?? lines.last ?? "git failed"
        var reason = line
        for prefix in ["fatal: ", "error: "] where reason.hasPrefix(prefix) {
            reason.removeFirst(prefix.count)
        }
        return reason.trimmingCharacters(in: .whitespaces)
    }
}
