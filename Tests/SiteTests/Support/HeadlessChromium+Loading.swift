import Foundation
import HeraldSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension HeadlessChromium {
    /// Loads a local file, with `query` (such as `q=csi` or `q=lease%20renewal`, without `?`) appended to its
    /// `file://` URL, as `options` say; the query is taken as already percent-encoded, and characters a query cannot
    /// hold are encoded.
    func load(file: URL, query: String? = nil, options: PageOptions = PageOptions()) throws -> LoadedPage {
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
        return try load(url: url, options: options)
    }

    /// Loads `url` in a fresh browser with a temporary profile and returns the page after its scripts ran, with
    /// what `options` asked to read from it.
    func load(url: URL, options: PageOptions = PageOptions()) throws -> LoadedPage {
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
            return try browser.session.loadPage(url: url, virtualTimeBudget: virtualTimeBudget, options: options)
        } catch let failure as Failure {
            throw Failure(reason: failure.reason + browser.standardErrorTail())
        }
    }

    /// One running browser: the process, its temporary profile and the pipe pair the DevTools protocol runs over.
    private final class BrowserProcess {
        /// The shell that execs the browser, so its process id is the browser's.
        let process = ChildProcess()
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
}
