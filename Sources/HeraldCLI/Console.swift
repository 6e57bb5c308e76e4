import ArgumentParser
import Configuration
import GitHub
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import GitHistory
import ReleaseNotes
import Site

/// Prints an action's output: data to stdout, warnings to stderr, failures as one `error:` line with exit code 1.
enum Console {
    /// Runs `action` and prints what it produced.
    static func run(_ action: () throws -> CommandOutput) throws {
        let output: CommandOutput
        do {
            output = try action()
        } catch let failure as LintFailure {
            // Findings are the command's data: stdout, then a one-line summary and exit status 1.
            writeToStandardOutput(failure.report)
            printDiagnostics(failure.diagnostics)
            printError("error: \(failure.count) pull request\(failure.count == 1 ? " needs" : "s need") attention")
            throw ExitCode.failure
        } catch let error as ValidationError {
            // Wrong usage found only after reading the configuration, such as an unknown component.
            printError("error: \(error.message)")
            throw ExitCode.validationFailure
        } catch {
            printError("error: \(message(for: error))")
            throw ExitCode.failure
        }
        printDiagnostics(output.diagnostics)
        writeToStandardOutput(output.text)
    }

    /// The one-line message for an error.
    static func message(for error: Error) -> String {
        switch error {
        case let error as GitHistoryError: return error.description
        case let error as ReleaseNotesError: return error.description
        case let error as HeraldCLIError: return error.description
        case let error as ConfigurationError: return error.description
        case let error as GitHubError: return error.description
        case let error as SiteError: return error.description
        default: return String(describing: error).lowercased()
        }
    }

    /// Prints each warning once, in order: several components report the same skipped tags.
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        var printed = Set<Diagnostic>()
        for diagnostic in diagnostics where printed.insert(diagnostic).inserted {
            printError(diagnostic.description)
        }
    }

    /// Writes one line to stderr.
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes `text` to stdout from the string's own storage: a changelog can be megabytes, so it is not copied.
    static func writeToStandardOutput(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count, let base = bytes.baseAddress {
                let written = write(1, base + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}
