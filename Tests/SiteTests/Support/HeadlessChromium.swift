import Foundation

/// Opens a page in headless Chromium and reports the DOM after its scripts ran, with every script error.
///
/// It drives the browser over the DevTools protocol (`--remote-debugging-pipe`) instead of reading `--dump-dom`
/// and the browser log: Chromium logs every console message of a web page at the same level, so the log cannot
/// tell `console.error` from `console.log`, while the protocol reports each message's type.
struct HeadlessChromium: Sendable {
    /// The browser binary.
    var executablePath: String
    /// Seconds one page may take, browser start and shutdown included, before it fails as hung.
    var timeout: TimeInterval = 60
    /// Milliseconds of virtual time the page's timers get before the DOM is read (as `--virtual-time-budget`).
    var virtualTimeBudget: Int = 5000

    /// A page as the browser left it.
    struct LoadedPage: Sendable {
        /// The serialized DOM after scripts ran, doctype first, as `--dump-dom` prints it.
        var dom: String
        /// Uncaught exceptions, unhandled rejections, `console.error` and `console.assert` failures, and
        /// browser errors such as a script or image that failed to load, in the order they happened.
        var scriptErrors: [ScriptError]
        /// Every console message the page wrote, as `type: text`, for diagnosing a test.
        var consoleMessages: [String]
        /// The results of `PageOptions.probes`, by the caller's names.
        var probes: [String: String] = [:]
        /// How the page fits the screen's width, when `PageOptions.checksOverflow` asked.
        var horizontalOverflow: HorizontalOverflow?
        /// The axe-core rules the page breaks, when `PageOptions.accessibilityChecker` was set; empty when it breaks
        /// none.
        var accessibilityViolations: [AccessibilityViolation]?
    }

    /// One error that the page's scripts raised or the browser reported while loading the page.
    struct ScriptError: Sendable, Equatable, CustomStringConvertible {
        /// Where the error came from.
        enum Kind: String, Sendable {
            /// An exception no script caught, or a promise rejection no script handled.
            case uncaughtException
            /// A `console.error` call or a failed `console.assert`.
            case consoleError
            /// An error the browser logged, such as `Failed to load resource`.
            case browserError
        }

        /// Where the error came from.
        var kind: Kind
        /// The error text, e.g. `Uncaught Error: boom`.
        var message: String
        /// The script or page the error points at, when the browser says.
        var url: String?
        /// The 1-based line in `url`, when the browser says.
        var line: Int?

        /// The error as one line, for test failure messages.
        var description: String {
            var text = "\(kind.rawValue): \(message)"
            if let url { text += " (\(url)\(line.map { ":\($0)" } ?? ""))" }
            return text
        }
    }

    /// Why the browser could not load a page.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong, with the end of the browser's standard error when it helps.
        var reason: String

        /// The reason, for test failure messages.
        var description: String { "headless Chromium: \(reason)" }
    }

    /// The binary names looked up on PATH, in order.
    static let executableNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// A browser using `executablePath`.
    init(executablePath: String) {
        self.executablePath = executablePath
    }

    /// The first Chromium found on PATH, or nil when there is none.
    static func locate() -> HeadlessChromium? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for name in executableNames {
            for folder in path.split(separator: ":") where !folder.isEmpty {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) {
                    return HeadlessChromium(executablePath: candidate)
                }
            }
        }
        return nil
    }
}
