import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A single progress line on stderr, rewritten in place; only on a terminal, so logs and pipes stay clean.
enum ProgressLine {
    /// A reporter that rewrites one stderr line, or nil when stderr is not a terminal.
    static func standardError() -> (@Sendable (String) -> Void)? {
        guard isatty(2) == 1 else { return nil }
        return { message in
            // Erase the line first: a shorter message must not leave the end of a longer one; empty ends the line.
            let text = message.isEmpty ? "" : "herald site: \(message)"
            _ = Console.writeAll("\r\u{1B}[2K" + TerminalText.line(text), to: 2)
        }
    }
}
