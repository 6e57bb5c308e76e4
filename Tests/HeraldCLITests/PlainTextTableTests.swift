import Changes
import ReleaseNotes
import Testing
import Versioning
@testable import HeraldCLI

/// Plain-text tables line their columns up by characters, and never cut a character in half.
@Suite struct PlainTextTableTests {
    @Test func paddingCountsCharactersAndKeepsLongerTextWhole() {
        #expect("ab".padded(toWidth: 4) == "ab  ")
        #expect("Fix 🎉".padded(toWidth: 5) == "Fix 🎉", "five characters, six UTF-16 units")
        #expect("Fix 🎉".padded(toWidth: 7) == "Fix 🎉  ")
        #expect("longer".padded(toWidth: 2) == "longer")
        #expect("".padded(toWidth: 0) == "")
    }

    @Test func aBackportTitleWithAnEmojiIsShownWhole() {
        let changes = [
            Change(pullRequest: 12, commit: "a", title: "Ship it 🎉", kind: .feature),
            Change(pullRequest: 3, commit: "b", title: "Fix x", kind: .fix),
        ]
        let matrix = BackportMatrix(component: nil, lines: ["1.0"], rows: changes.map { change -> BackportMatrix.Row in
            BackportMatrix.Row(change: change, lines: [.init(status: .shipped, version: SemanticVersion(1, 0, 1), pullRequest: 8)])
        })
        let table = BackportsAction.table(matrix)
        #expect(table.contains("Ship it 🎉"), "\(table)")
        #expect(!table.contains("\u{FFFD}"))
        let rows = table.split(separator: "\n").map(String.init)
        // Every row's line column starts at the same character.
        let starts = zip(rows, ["1.0", "v1.0.1", "v1.0.1"]).compactMap { row, cell in
            row.range(of: cell).map { row.distance(from: row.startIndex, to: $0.lowerBound) }
        }
        #expect(starts.count == 3 && Set(starts).count == 1, "\(table)")
    }
}
