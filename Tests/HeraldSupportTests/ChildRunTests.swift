import Foundation
import Testing
@testable import HeraldSupport

/// The one process runner, against real `/bin/sh` children.
@Suite struct ChildRunTests {
    /// A child running `script` under `/bin/sh -c`.
    static func shell(_ script: String, input: Data? = nil, silenceLimit: Double? = nil) -> ChildRun {
        ChildRun(
            executable: "/bin/sh", arguments: ["-c", script], environment: ["PATH": "/usr/bin:/bin"],
            input: input, silenceLimit: silenceLimit
        )
    }

    @Test func standardOutputIsReturnedAndStandardErrorCollectedApart() throws {
        let (output, ending) = try Self.shell("printf out; printf err >&2").run()
        #expect(String(decoding: output, as: UTF8.self) == "out")
        #expect(String(decoding: ending.standardError, as: UTF8.self) == "err")
        #expect(ending.termination == .exit(0))
        #expect(ending.succeeded)
    }

    @Test func inputIsFedToStandardInputAndClosed() throws {
        let (output, _) = try Self.shell("tr a-z A-Z", input: Data("hello\n".utf8)).run()
        #expect(String(decoding: output, as: UTF8.self) == "HELLO\n")
    }

    @Test func withoutInputStandardInputIsEmpty() throws {
        let (output, _) = try Self.shell("wc -c").run()
        #expect(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test func aNonZeroExitIsReportedWithItsStatusAndStandardError() throws {
        let (_, ending) = try Self.shell("echo broken >&2; exit 3").run()
        #expect(ending.termination == .exit(3))
        #expect(!ending.succeeded)
        #expect(String(decoding: ending.standardError, as: UTF8.self) == "broken\n")
    }

    @Test func aChildEndedByASignalIsReportedAsSuch() throws {
        let (_, ending) = try Self.shell("kill -KILL $$").run()
        #expect(ending.termination == .signal(SIGKILL))
    }

    @Test func theWorkingDirectoryAndTheEnvironmentAreExactlyTheGivenOnes() throws {
        let child = ChildRun(
            executable: "/bin/sh", arguments: ["-c", "pwd; env"], directory: "/", environment: ["ONLY": "this"]
        )
        let (output, _) = try child.run()
        let lines = String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.first == "/")
        #expect(lines.contains("ONLY=this"))
        #expect(!lines.contains { $0.hasPrefix("HOME=") })
    }

    @Test func aChildSilentPastTheLimitIsKilledAndReported() throws {
        let started = Date()
        // exec: the sleeping process itself holds the pipes, so killing it ends the output.
        let (output, ending) = try Self.shell("printf early; exec sleep 30", silenceLimit: 0.5).run()
        #expect(ending.termination == .silence)
        #expect(String(decoding: output, as: UTF8.self) == "early")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func slowButSteadyOutputIsNotSilence() throws {
        let (output, ending) = try Self.shell("for i in 1 2 3 4; do echo $i; sleep 0.2; done", silenceLimit: 1).run()
        #expect(ending.termination == .exit(0))
        #expect(String(decoding: output, as: UTF8.self) == "1\n2\n3\n4\n")
    }

    @Test func severalMegabytesOnEveryStreamAtOnceFlowWithoutDeadlock() throws {
        let size = 6 << 20
        let input = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) })
        // cat echoes the input while stderr is filled well past a pipe's size before and after.
        let child = Self.shell("head -c 3000000 /dev/zero >&2; cat; head -c 3000000 /dev/zero >&2", input: input)
        var chunks = 0
        var received = Data()
        let ending = try child.run { chunk in
            chunks += 1
            received.append(contentsOf: chunk)
        }
        #expect(ending.termination == .exit(0))
        #expect(received == input)
        #expect(chunks > 1)
        #expect(ending.standardError.count == 6_000_000)
    }

    @Test func aFailingBodyIsRethrownAfterTheChildEnded() throws {
        struct Stop: Error {}
        var calls = 0
        #expect(throws: Stop.self) {
            try Self.shell("head -c 2000000 /dev/zero").run { _ in
                calls += 1
                throw Stop()
            }
        }
        #expect(calls == 1)
    }

    @Test func aMissingExecutableCannotStart() {
        let child = ChildRun(executable: "/nonexistent/program", arguments: [], environment: [:])
        #expect {
            try child.run()
        } throws: { error in
            guard case ChildProcessError.cannotStart(let executable, _)? = error as? ChildProcessError else { return false }
            return executable == "/nonexistent/program"
        }
    }

    @Test func locateFindsTheFirstExecutableOnThePathElseFallsBack() {
        #expect(ChildRun.locate("sh", searching: "/nonexistent::/bin:/usr/bin") == "/bin/sh")
        #expect(ChildRun.locate("no-such-program-here", searching: "/bin") == "/usr/bin/no-such-program-here")
    }
}
