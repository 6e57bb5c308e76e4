import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension HeadlessChromium {
    /// The DevTools protocol over a pipe pair: JSON messages, each ended by a NUL byte.
    final class DevToolsSession {
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

        /// Opens `url` in a new tab on the screen `options` asks for, lets its scripts run for `virtualTimeBudget` ms
        /// of virtual time, reads the DOM, then what `options` asks for.
        func loadPage(url: URL, virtualTimeBudget: Int, options: PageOptions = PageOptions()) throws -> LoadedPage {
            let target = try send("Target.createTarget", ["url": "about:blank"])
            guard let targetID = target["targetId"] as? String else { throw failure("no targetId in \(target)") }
            let attached = try send("Target.attachToTarget", ["targetId": targetID, "flatten": true])
            guard let sessionID = attached["sessionId"] as? String else { throw failure("no sessionId in \(attached)") }
            pageSessionID = sessionID
            for domain in ["Runtime", "Log", "Page"] {
                _ = try send("\(domain).enable", [:], session: sessionID)
            }
            if let viewport = options.viewport {
                try emulate(viewport, session: sessionID)
            }
            if let scheme = options.colorScheme {
                _ = try send(
                    "Emulation.setEmulatedMedia", ["features": [["name": "prefers-color-scheme", "value": scheme.rawValue]]], session: sessionID
                )
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
            var page = LoadedPage(dom: dom, scriptErrors: scriptErrors, consoleMessages: consoleMessages)
            try inspect(&page, options: options, session: sessionID)
            return page
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
        func send(_ method: String, _ parameters: [String: Any], session: String? = nil) throws -> [String: Any] {
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

        /// An uncaught exception's details from the protocol as an error, its message the error's first line.
        static func uncaughtException(_ details: [String: Any]) -> ScriptError {
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

        /// A failure of this session saying `reason`.
        func failure(_ reason: String) -> Failure {
            Failure(reason: reason)
        }
    }
}
