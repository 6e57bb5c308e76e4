import Foundation
import Testing
@testable import HeraldSupport

/// A long output is read whole and in order, in chunks far larger than the child's writes once it is known to be long.
@Suite struct ChildRunLongOutputTests {
    @Test func aLongOutputWrittenInSmallPiecesArrivesWholeInLargeChunks() throws {
        // 768 writes of 4 KiB, as git's stdio buffers write, each block numbered so order and loss both show.
        let script = "i=0; while [ $i -lt 768 ]; do printf '%04095d\\n' $i; i=$((i + 1)); done"
        let child = ChildRun(executable: "/bin/sh", arguments: ["-c", script], environment: ["PATH": "/usr/bin:/bin"], silenceLimit: 30)
        var received = Data()
        var chunksAfterFirstMebibyte = 0
        let ending = try child.run { chunk in
            if received.count >= OutputWait.longOutput { chunksAfterFirstMebibyte += 1 }
            received.append(contentsOf: chunk)
        }
        #expect(ending.termination == .exit(0))
        let expected = (0..<768).map { String(format: "%04095d\n", $0) }.joined()
        #expect(received == Data(expected.utf8))
        // 512 writes follow the first MiB; reading each apart would take as many chunks.
        #expect(chunksAfterFirstMebibyte < 128, "\(chunksAfterFirstMebibyte) chunks")
    }

}
