import Testing
@testable import Dependencies

@Suite struct GoModLineTests {
    @Test func splitsWordsMarksAndComments() throws {
        let line = try #require(GoModLine(ArraySlice("retract [v1.0.0,v1.0.1]//indirect".utf8)))
        #expect(line.tokens == [.word("retract"), .intervalMark, .word("v1.0.0"), .intervalMark, .word("v1.0.1"), .intervalMark])
        #expect(line.isIndirect)
        let block = try #require(GoModLine(ArraySlice("require(\"a b\" `c\\d`)".utf8)))
        #expect(block.tokens == [.word("require"), .openParenthesis, .word("a b"), .word("c\\d"), .closeParenthesis])
        #expect(GoModLine.words(block.tokens) == nil)
        #expect(GoModLine.words([.word("a"), .word("b")]) == ["a", "b"])
    }

    @Test(arguments: [
        "require \"unterminated", "require `unterminated", "require \"bad\\escape\"", "a\u{0}b", "a { b }",
        String(repeating: "x ", count: GoModLine.maximumTokens + 1),
    ])
    func refusesLinesItCannotLex(text: String) {
        #expect(GoModLine(ArraySlice(text.utf8)) == nil)
    }

    @Test func refusesInvalidUTF8ButNotInComments() {
        #expect(GoModLine([0x61, 0xFF, 0x62][...]) == nil)
        #expect(GoModLine(ArraySlice("a // \u{FFFD}".utf8) + [0xFF]) != nil)
        #expect(GoModLine(ArraySlice(String(repeating: "x ", count: GoModLine.maximumTokens).utf8)) != nil)
    }
}
