import Foundation
import HeraldSupport

/// One run of the `git` binary to completion with a fixed environment, a failure becoming a `ScratchRepositoryError`.
struct GitProcess {
    /// Arguments after `git` (configuration overrides included).
    var arguments: [String]
    /// The working directory of the process.
    var directory: String
    /// The complete environment; nothing is inherited.
    var environment: [String: String]
    /// Bytes fed to standard input, if any.
    var input: Data?
    /// How the command is named in errors.
    var label: String

    /// Runs git to completion and returns its standard output, or throws with its standard error.
    func run() throws -> Data {
        let child = ChildRun(
            executable: ChildRun.locate("git", searching: environment["PATH"]),
            arguments: arguments,
            directory: directory,
            environment: environment,
            input: input
        )
        let result: (output: Data, ending: ChildProcessEnding)
        do {
            result = try child.run()
        } catch ChildProcessError.cannotStart(_, let reason) {
            throw ScratchRepositoryError(command: label, reason: "cannot launch git: \(reason)")
        }
        let status: Int32
        switch result.ending.termination {
        case .exit(0):
            return result.output
        case .exit(let code), .signal(let code):
            status = code
        case .silence:
            // No silence limit is set, so the runner never reports one; kept total rather than trapping.
            status = -1
        }
        let stderr = String(decoding: result.ending.standardError, as: UTF8.self)
        throw ScratchRepositoryError(command: label, reason: stderr.isEmpty ? "exit status \(status)" : stderr)
    }
}
