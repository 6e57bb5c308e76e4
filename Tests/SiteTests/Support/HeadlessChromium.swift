import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Loads a local file, with `query` (such as `q=csi` or `q=lease%20renewal`, without `?`) appended to its
    /// `file://` URL; the query is taken as already percent-encoded, and characters a query cannot hold are encoded.
    func load(file: URL, query: String? = nil) throws -> LoadedPage {
        var address = file.standardizedFileURL.absoluteString
        if let query {
            // `%` stays as it is, so escapes the caller wrote are kept rather than encoded twice.
            let allowed = CharacterSet.urlQueryAllowed.union(CharacterSet(charactersIn: "%"))
            guard let encoded = query.addingPercentEncoding(withAllowedCharacters: allowed) else {
                throw Failure(reason: "cannot encode the query \(query)")
            }
            address += "?" + encoded
        }
        guard let url = URL(string: address) else { throw Failure(reason: "cannot make a URL of \(address)") }
        return try load(url: url)
    }

    /// Loads `url` in a fresh browser with a temporary profile and returns the page after its scripts ran.
    func load(url: URL) throws -> LoadedPage {
        let deadline = Date().addingTimeInterval(timeout)
        let workFolder = FileManager.default.temporaryDirectory
            .appendingPathComponent("herald-chromium-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workFolder) }
        let browser = try BrowserProcess(
            executablePath: executablePath, workFolder: workFolder, deadline: deadline, timeout: timeout
        )
        defer { browser.shutDown() }
        do {
            return try browser.session.loadPage(url: url, virtualTimeBudget: virtualTimeBudget)
        } catch let failure as Failure {
            throw Failure(reason: failure.reason + browser.standardErrorTail())
        }
    }
}

extension HeadlessChromium {
    /// One running browser: the process, its temporary profile and the pipe pair the DevTools protocol runs over.
    private final class BrowserProcess {
        /// The shell that execs the browser, so its process id is the browser's.
        let process = Process()
        /// The protocol connection to this browser.
        let session: DevToolsSession
        private let exited = DispatchSemaphore(value: 0)
        private let standardErrorFile: URL
        private let executablePath: String

        /// Starts the browser with its profile and pipes in `workFolder`; it has until `deadline` for everything.
        init(executablePath: String, workFolder: URL, deadline: Date, timeout: TimeInterval) throws {
            let commands = workFolder.appendingPathComponent("commands.fifo").path
            let events = workFolder.appendingPathComponent("events.fifo").path
            guard mkfifo(commands, 0o600) == 0, mkfifo(events, 0o600) == 0 else {
                throw Failure(reason: "cannot make FIFOs in \(workFolder.path): \(String(cString: strerror(errno)))")
            }
            // Opening a FIFO read-write never blocks on Linux, so a browser that dies before opening its ends cannot
            // hang us; the cost is that we never see end-of-file, so every read is bounded by poll and the deadline.
            let commandsDescriptor = open(commands, O_RDWR | O_CLOEXEC)
            let eventsDescriptor = open(events, O_RDWR | O_CLOEXEC)
            guard commandsDescriptor >= 0, eventsDescriptor >= 0 else {
                if commandsDescriptor >= 0 { close(commandsDescriptor) }
                if eventsDescriptor >= 0 { close(eventsDescriptor) }
                throw Failure(reason: "cannot open FIFOs in \(workFolder.path)")
            }
            session = DevToolsSession(
                commandsDescriptor: commandsDescriptor, eventsDescriptor: eventsDescriptor,
                deadline: deadline, timeout: timeout
            )
            self.executablePath = executablePath
            standardErrorFile = workFolder.appendingPathComponent("stderr.txt")
            _ = FileManager.default.createFile(atPath: standardErrorFile.path, contents: nil)
            let profile = workFolder.appendingPathComponent("profile", isDirectory: true).path
            // Foundation's Process closes every descriptor above 2 in the child, so the shell opens the browser's
            // protocol pipes (it reads commands on descriptor 3 and writes answers on 4) from the FIFOs by name.
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = [
                "-c", "exec \"$@\" 3<\"$HERALD_CDP_COMMANDS\" 4>\"$HERALD_CDP_EVENTS\"", "sh",
                executablePath,
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--remote-debugging-pipe", "--user-data-dir=\(profile)",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
                "--disable-background-networking", "--disable-component-update", "--mute-audio",
                "about:blank",
            ]
            var environment = ProcessInfo.processInfo.environment
            environment["HERALD_CDP_COMMANDS"] = commands
            environment["HERALD_CDP_EVENTS"] = events
            process.environment = environment
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: standardErrorFile)
            // waitUntilExit polls a run loop on Linux; a semaphore wakes at once.
            let exited = self.exited
            process.terminationHandler = { _ in exited.signal() }
            do {
                try process.run()
            } catch {
                session.releasePipes()
                throw Failure(reason: "cannot start \(executablePath): \(error)")
            }
            session.isBrowserRunning = { [process] in process.isRunning }
        }

        /// Asks the browser to close, then kills it if it lingers, and releases the pipes.
        func shutDown() {
            if process.isRunning {
                session.closeBrowser()
                if exited.wait(timeout: .now() + 5) == .timedOut {
                    process.terminate()
                    if exited.wait(timeout: .now() + 3) == .timedOut {
                        kill(process.processIdentifier, SIGKILL)
                        _ = exited.wait(timeout: .now() + 3)
                    }
                }
            }
            session.releasePipes()
        }

        /// The last lines of the browser's standard error that look like errors, prefixed for a failure message.
        func standardErrorTail() -> String {
            guard let data = FileManager.default.contents(atPath: standardErrorFile.path) else { return "" }
            // D-Bus complaints and the Debian launcher's own shell noise come on every run and explain nothing.
            let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
                .filter { !$0.contains("dbus") && !$0.hasPrefix("\(executablePath):") }
            guard !lines.isEmpty else { return "" }
            return "; browser said: " + lines.suffix(5).joined(separator: " | ")
        }
    }

    /// The DevTools protocol over a pipe pair: JSON messages, each ended by a NUL byte.
    private final class DevToolsSession {
        private let commandsDescriptor: Int32
        private let eventsDescriptor: Int32
        private let deadline: Date
        private let timeout: TimeInterval
        private var nextCommandID = 1
        private var received = Data()
        private var pageSessionID: String?
        private var isClosed = false
        private var scriptErrors: [ScriptError] = []
        private var consoleMessages: [String] = []
        private var budgetExpired = false
        /// Whether the browser process still runs, so a dead browser fails at once instead of at the deadline.
        var isBrowserRunning: () -> Bool = { true }

        /// A session over FIFOs already open; `timeout` is only for messages.
        init(commandsDescriptor: Int32, eventsDescriptor: Int32, deadline: Date, timeout: TimeInterval) {
            self.commandsDescriptor = commandsDescriptor
            self.eventsDescriptor = eventsDescriptor
            self.deadline = deadline
            self.timeout = timeout
        }

        /// Opens `url` in a new tab, lets its scripts run for `virtualTimeBudget` ms of virtual time, reads the DOM.
        func loadPage(url: URL, virtualTimeBudget: Int) throws -> LoadedPage {
            let target = try send("Target.createTarget", ["url": "about:blank"])
            guard let targetID = target["targetId"] as? String else { throw failure("no targetId in \(target)") }
            let attached = try send("Target.attachToTarget", ["targetId": targetID, "flatten": true])
            guard let sessionID = attached["sessionId"] as? String else { throw failure("no sessionId in \(attached)") }
            pageSessionID = sessionID
            for domain in ["Runtime", "Log", "Page"] {
                _ = try send("\(domain).enable", [:], session: sessionID)
            }
            // As `--virtual-time-budget` does: virtual time stands still until the page is on its way, then timers run
            // fast for the budget, pausing while files are still loading, and the budget's end says scripts are done.
            _ = try send("Emulation.setVirtualTimePolicy", ["policy": "pause"], session: sessionID)
            let navigation = try send("Page.navigate", ["url": url.absoluteString], session: sessionID)
            if let errorText = navigation["errorText"] as? String {
                throw failure("cannot open \(url.absoluteString): \(errorText)")
            }
            budgetExpired = false
            _ = try send(
                "Emulation.setVirtualTimePolicy",
                ["policy": "pauseIfNetworkFetchesPending", "budget": virtualTimeBudget],
                session: sessionID
            )
            try waitFor { $0.budgetExpired }
            let serialize = """
                (document.doctype ? new XMLSerializer().serializeToString(document.doctype) + "\\n" : "")
                    + document.documentElement.outerHTML
                """
            let evaluation = try send(
                "Runtime.evaluate", ["expression": serialize, "returnByValue": true], session: sessionID
            )
            guard let result = evaluation["result"] as? [String: Any], let dom = result["value"] as? String else {
                throw failure("cannot serialize the DOM: \(evaluation)")
            }
            // Errors that arrived while the DOM was read belong to the page too; draining the pipe picks them up.
            try? drain()
            return LoadedPage(dom: dom, scriptErrors: scriptErrors, consoleMessages: consoleMessages)
        }

        /// Asks the browser to quit; errors are ignored because the process is killed if it does not.
        func closeBrowser() {
            guard !isClosed else { return }
            try? transmit(["id": nextCommandID, "method": "Browser.close"])
            nextCommandID += 1
        }

        /// Closes our ends of the pipes.
        func releasePipes() {
            guard !isClosed else { return }
            isClosed = true
            _ = close(commandsDescriptor)
            _ = close(eventsDescriptor)
        }

        /// Sends one command and waits for its answer, handling the events that arrive meanwhile.
        private func send(_ method: String, _ parameters: [String: Any], session: String? = nil) throws -> [String: Any] {
            let id = nextCommandID
            nextCommandID += 1
            var message: [String: Any] = ["id": id, "method": method, "params": parameters]
            if let session { message["sessionId"] = session }
            try transmit(message)
            while true {
                let answer = try nextMessage()
                guard answer["id"] as? Int == id else {
                    handleEvent(answer)
                    continue
                }
                if let error = answer["error"] as? [String: Any] {
                    throw failure("\(method) failed: \(error["message"] as? String ?? "\(error)")")
                }
                return answer["result"] as? [String: Any] ?? [:]
            }
        }

        /// Handles events until `condition` holds.
        private func waitFor(_ condition: (DevToolsSession) -> Bool) throws {
            while !condition(self) {
                handleEvent(try nextMessage())
            }
        }

        /// Handles the events already in the pipe without waiting for more.
        private func drain() throws {
            while let message = try nextMessage(waitingUntil: Date()) {
                handleEvent(message)
            }
        }

        private func handleEvent(_ message: [String: Any]) {
            guard let method = message["method"] as? String,
                  message["sessionId"] as? String == pageSessionID,
                  let parameters = message["params"] as? [String: Any] else { return }
            switch method {
            case "Emulation.virtualTimeBudgetExpired":
                budgetExpired = true
            case "Runtime.exceptionThrown":
                guard let details = parameters["exceptionDetails"] as? [String: Any] else { return }
                scriptErrors.append(Self.uncaughtException(details))
            case "Runtime.consoleAPICalled":
                let type = parameters["type"] as? String ?? "log"
                let arguments = parameters["args"] as? [[String: Any]] ?? []
                let text = arguments.map(Self.describe).joined(separator: " ")
                consoleMessages.append("\(type): \(text)")
                guard type == "error" || type == "assert" else { return }
                let frame = ((parameters["stackTrace"] as? [String: Any])?["callFrames"] as? [[String: Any]])?.first
                scriptErrors.append(.init(
                    kind: .consoleError, message: type == "assert" ? "Assertion failed: \(text)" : text,
                    url: frame?["url"] as? String, line: (frame?["lineNumber"] as? Int).map { $0 + 1 }
                ))
            case "Log.entryAdded":
                guard let entry = parameters["entry"] as? [String: Any], entry["level"] as? String == "error" else { return }
                scriptErrors.append(.init(
                    kind: .browserError, message: entry["text"] as? String ?? "\(entry)",
                    url: entry["url"] as? String, line: (entry["lineNumber"] as? Int).map { $0 + 1 }
                ))
            default:
                break
            }
        }

        private static func uncaughtException(_ details: [String: Any]) -> ScriptError {
            var message = details["text"] as? String ?? "Uncaught exception"
            if let exception = details["exception"] as? [String: Any] {
                // The description is the error's stack; its first line is `Error: boom`.
                let summary = (exception["description"] as? String)?.split(separator: "\n").first.map(String.init)
                    ?? (exception["value"]).map { "\($0)" }
                if let summary { message += " " + summary }
            }
            return .init(
                kind: .uncaughtException, message: message,
                url: details["url"] as? String, line: (details["lineNumber"] as? Int).map { $0 + 1 }
            )
        }

        /// One console argument as text: its value when it is a primitive, else the browser's description.
        private static func describe(_ argument: [String: Any]) -> String {
            if let value = argument["value"] {
                if let string = value as? String { return string }
                if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]) {
                    return String(decoding: data, as: UTF8.self)
                }
            }
            return argument["description"] as? String ?? argument["type"] as? String ?? "?"
        }

        private func transmit(_ message: [String: Any]) throws {
            var data = try JSONSerialization.data(withJSONObject: message)
            data.append(0)
            try data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let count = write(commandsDescriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0 else { throw failure("cannot write to the browser: \(String(cString: strerror(errno)))") }
                    offset += count
                }
            }
        }

        /// The next whole message, waiting until the session's deadline.
        private func nextMessage() throws -> [String: Any] {
            guard let message = try nextMessage(waitingUntil: deadline) else {
                throw failure("no answer within \(Int(timeout)) s: the page or the browser hangs")
            }
            return message
        }

        /// The next whole message, or nil when none arrived by `limit`.
        private func nextMessage(waitingUntil limit: Date) throws -> [String: Any]? {
            while true {
                if let end = received.firstIndex(of: 0) {
                    let body = received[received.startIndex..<end]
                    received.removeSubrange(received.startIndex...end)
                    guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
                        throw failure("unreadable message from the browser: \(String(decoding: body.prefix(200), as: UTF8.self))")
                    }
                    return object
                }
                let remaining = limit.timeIntervalSinceNow
                // Wake every 200 ms to notice a browser that died, since our own write end keeps the FIFO open.
                var descriptor = pollfd(fd: eventsDescriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&descriptor, 1, Int32(max(0, min(remaining, 0.2)) * 1000))
                if ready < 0 {
                    if errno == EINTR { continue }
                    throw failure("cannot wait for the browser: \(String(cString: strerror(errno)))")
                }
                if ready == 0 {
                    if remaining <= 0 { return nil }
                    if !isBrowserRunning() { throw failure("the browser exited") }
                    continue
                }
                var buffer = [UInt8](repeating: 0, count: 1 << 16)
                let count = read(eventsDescriptor, &buffer, buffer.count)
                if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                guard count > 0 else { throw failure("the browser closed its pipe") }
                received.append(contentsOf: buffer[0..<count])
            }
        }

        private func failure(_ reason: String) -> Failure {
            Failure(reason: reason)
        }
    }
}
