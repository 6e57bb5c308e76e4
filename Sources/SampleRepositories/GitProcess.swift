import Foundation

/// One run of the `git` binary with a fixed environment, its output captured through files.
struct GitProcess {
    /// Arguments after `git` (configuration overrides included).
    var arguments: [String]
    /// The working directory of the process.
    var directory: String
    /// The complete environment; nothing is inherited.
    var environment: [String: String]
    /// Bytes fed to standard input, if any.
    var input: Data?
    /// A private folder for the capture files.
    var scratchDirectory: String
    /// How the command is named in errors.
    var label: String

    /// Runs git to completion and returns its standard output, or throws with its standard error.
    func run() throws -> Data {
        // Files instead of pipes: git can fill either stream without anyone reading it, so no deadlock.
        let token = UUID().uuidString
        let outputPath = scratchDirectory + "/.git-stdout-" + token
        let errorPath = scratchDirectory + "/.git-stderr-" + token
        let inputPath = scratchDirectory + "/.git-stdin-" + token
        defer {
            for path in [outputPath, errorPath, inputPath] {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable(searching: environment["PATH"]))
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        guard FileManager.default.createFile(atPath: outputPath, contents: nil),
              FileManager.default.createFile(atPath: errorPath, contents: nil),
              FileManager.default.createFile(atPath: inputPath, contents: input ?? Data()),
              let output = FileHandle(forWritingAtPath: outputPath),
              let error = FileHandle(forWritingAtPath: errorPath),
              let standardInput = FileHandle(forReadingAtPath: inputPath)
        else {
            throw ScratchRepositoryError(command: label, reason: "cannot create capture files in \(scratchDirectory)")
        }
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        // waitUntilExit polls a run loop on Linux (tens of milliseconds per call); a semaphore wakes at once.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw ScratchRepositoryError(command: label, reason: "cannot launch git: \(error)")
        }
        exited.wait()
        try? output.close()
        try? error.close()
        try? standardInput.close()
        let stdout = FileManager.default.contents(atPath: outputPath) ?? Data()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let stderr = String(decoding: FileManager.default.contents(atPath: errorPath) ?? Data(), as: UTF8.self)
            let status = "exit status \(process.terminationStatus)"
            throw ScratchRepositoryError(command: label, reason: stderr.isEmpty ? status : stderr)
        }
        return stdout
    }

    /// The first executable `git` on `PATH`, else `/usr/bin/git`.
    static func executable(searching path: String?) -> String {
        let folders = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for folder in folders where !folder.isEmpty {
            let candidate = String(folder) + "/git"
            if FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        return "/usr/bin/git"
    }
}
