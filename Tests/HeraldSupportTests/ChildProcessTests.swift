import Foundation
import Testing
@testable import HeraldSupport
#if canImport(Glibc)
import Glibc
#endif

/// Children started with posix_spawn: streams, environment, folder, exit status, signals, and many at once.
@Suite struct ChildProcessTests {
    /// Runs a shell script and returns what it printed and how it ended.
    static func shell(_ script: String, input: Data? = nil, environment: [String: String]? = nil, folder: String? = nil)
        throws -> (stdout: String, stderr: String, process: ChildProcess) {
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.environment = environment
        process.currentDirectoryURL = folder.map { URL(fileURLWithPath: $0) }
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            try stdin.fileHandleForWriting.write(contentsOf: input)
            try stdin.fileHandleForWriting.close()
        }
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self), process)
    }

    @Test func streamsEnvironmentFolderAndStatus() throws {
        let result = try Self.shell(
            "cat; echo \"$GREETING\" >&2; pwd; exit 3", input: Data("from stdin\n".utf8),
            environment: ["GREETING": "hello", "PATH": "/usr/bin:/bin"], folder: "/tmp"
        )
        #expect(result.stdout == "from stdin\n/tmp\n")
        #expect(result.stderr == "hello\n")
        #expect(result.process.terminationReason == .exit && result.process.terminationStatus == 3)
        #expect(!result.process.isRunning)
    }

    @Test func aSignalIsItsReasonAndNumber() throws {
        let result = try Self.shell("kill -TERM $$")
        #expect(result.process.terminationReason == .uncaughtSignal)
        #expect(result.process.terminationStatus == SIGTERM)
    }

    @Test func theHandlerRunsOnceAndManyChildrenRunAtOnce() throws {
        let counter = Locked(0)
        let processes = try (0..<40).map { index -> (ChildProcess, Pipe) in
            let process = ChildProcess()
            process.executableURL = URL(fileURLWithPath: "/bin/echo")
            process.arguments = ["child \(index)"]
            let output = Pipe()
            process.standardOutput = output
            process.terminationHandler = { _ in counter.update { $0 += 1 } }
            try process.run()
            return (process, output)
        }
        for (index, (process, output)) in processes.enumerated() {
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(text == "child \(index)\n")
        }
        #expect(counter.get() == 40)
    }

    @Test func aMissingProgramIsAnErrorNotACrash() {
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/nonexistent/program")
        #expect(throws: (any Error).self) { try process.run() }
    }

    @Test func noDescriptorOfOursReachesTheChild() throws {
        // An open file here must not be inherited: the child lists its own descriptors.
        let handle = try #require(FileHandle(forReadingAtPath: "/etc/hostname") ?? FileHandle(forReadingAtPath: "/bin/sh"))
        defer { try? handle.close() }
        let result = try Self.shell("ls /proc/self/fd")
        let descriptors = result.stdout.split(separator: "\n").compactMap { Int($0) }
        // 0, 1, 2 and the one `ls` opens to read the folder.
        #expect(descriptors.filter { $0 > 3 }.isEmpty, "\(descriptors)")
    }
}
