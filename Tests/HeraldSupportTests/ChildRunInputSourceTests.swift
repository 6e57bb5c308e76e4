import Foundation
import Testing
@testable import HeraldSupport

/// A child's standard input written as it runs, as one git's output is another's input.
@Suite struct ChildRunInputSourceTests {
    @Test func aSourceFeedsStandardInputWhileTheChildRuns() throws {
        var child = ChildRunTests.shell("tr a-z A-Z")
        child.inputSource = { descriptor in
            for word in ["one\n", "two\n", "three\n"] {
                word.utf8CString.dropLast().withUnsafeBytes { _ = PipeWriter.write($0, to: descriptor) }
            }
        }
        let (output, ending) = try child.run()
        #expect(String(decoding: output, as: UTF8.self) == "ONE\nTWO\nTHREE\n")
        #expect(ending.succeeded)
    }

    @Test func runReturnsOnlyAfterTheSourceHasReturned() throws {
        let finished = Locked(false)
        // The child does not wait for its input to end: only the run waits for the source.
        var child = ChildRunTests.shell("exit 0")
        child.inputSource = { _ in
            Thread.sleep(forTimeInterval: 0.3)
            finished.set(true)
        }
        _ = try child.run()
        #expect(finished.get())
    }

    /// A child that ends without reading makes the source's writes fail instead of blocking it for ever.
    @Test func aChildThatStopsReadingFailsTheSourcesWrites() throws {
        let refused = Locked(false)
        var child = ChildRunTests.shell("exit 0")
        child.inputSource = { descriptor in
            let block = Data(repeating: 0x61, count: 1 << 16)
            for _ in 0..<64 where !PipeWriter.write(block, to: descriptor) {
                refused.set(true)
                return
            }
        }
        let (_, ending) = try child.run()
        #expect(ending.succeeded)
        #expect(refused.get(), "4 MiB went into a pipe nobody reads")
    }
}
