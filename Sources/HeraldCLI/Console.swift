import ReleasePipeline
import ArgumentParser
import Configuration
import GitHub
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import GitHistory
import HeraldSupport
import ReleaseNotes
import Site

/// Prints an action's output: data to stdout, warnings to stderr, failures as one `error:` line with exit code 1.
enum Console {
    /// Runs `action` and prints what it produced.
    static func run(_ verbosity: Verbosity = .normal, _ action: () throws -> CommandOutput) throws {
        InterruptCleanup.installSignalHandlers()
        let output: CommandOutput
        do {
            output = try action()
        } catch let failure as LintFailure {
            // Findings are the command's data: stdout, then a one-line summary and exit status 1.
            try writeData(failure.report)
            printDiagnostics(failure.diagnostics, verbosity: verbosity)
            printError("error: \(failure.count) pull request\(failure.count == 1 ? " needs" : "s need") attention")
            throw ExitCode.failure
        } catch let error as ValidationError {
            // Wrong usage found only after reading the configuration, such as an unknown component.
            printError("error: \(error.message)")
            throw ExitCode.validationFailure
        } catch {
            // A failure caused by an interrupt's clean-up (a staging folder removed under the writer) is no failure
            // to report: the process dies of the signal.
            if InterruptCleanup.isInterrupted { InterruptCleanup.awaitInterruptEnd() }
            let stage = (error as? ReleasePipelineError).map { "pipeline stage '\($0.stage.rawValue)': " } ?? ""
            printError("error: \(verbosity == .verbose ? stage : "")\(message(for: error))")
            throw ExitCode.failure
        }
        printDiagnostics(output.diagnostics, verbosity: verbosity)
        try writeData(output.text)
    }

    /// Writes data to stdout; a failed write (a full disk, a closed pipe) is an `error:` line and exit code 1,
    /// never a success with half the output.
    static func writeData(_ text: String) throws {
        guard let failure = writeToStandardOutput(TerminalText.data(text)) else { return }
        // A reader that stopped early (`| head`) wants no message, only the end.
        if failure != EPIPE { printError("error: cannot write to standard output (\(String(cString: strerror(failure)).lowercased()))") }
        throw ExitCode.failure
    }

    /// The one-line message for an error.
    static func message(for error: Error) -> String {
        switch error {
        // The stage is for tests and --verbose; the line names the problem as the stage's module said it.
        case let error as ReleasePipelineError: return message(for: error.underlying)
        case let error as GitHistoryError: return error.description + flagHint(for: error)
        case let error as ReleaseNotesError: return error.description + flagHint(for: error)
        case let error as HeraldCLIError: return error.description + flagHint(for: error)
        case let error as ConfigurationError: return error.description + flagHint(for: error)
        case let error as GitHubError: return error.description
        case let error as SiteError: return error.description
        default: return String(describing: error).lowercased()
        }
    }

    /// Prints each warning once, in order, repeats summarised as `verbosity` says: several components report
    /// the same skipped tags.
    static func printDiagnostics(_ diagnostics: [Diagnostic], verbosity: Verbosity) {
        for line in DiagnosticSummary.lines(diagnostics, verbosity: verbosity) { printError(line) }
    }

    /// Writes one line to stderr, its control characters escaped; a failed write is ignored, as there is
    /// nowhere left to report it.
    static func printError(_ line: String) {
        _ = writeAll(TerminalText.line(line) + "\n", to: 2)
    }

    /// Writes `text` to stdout; nil when all of it was written, else the system's error number.
    static func writeToStandardOutput(_ text: String) -> Int32? {
        writeAll(text, to: 1)
    }

    /// Writes `text` to `descriptor` from the string's own storage (a changelog can be megabytes, so it is not
    /// copied); nil on success, else the error number.
    static func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { DescriptorWrite.all(UnsafeRawBufferPointer($0), to: descriptor) }
    }
}
