import HeraldSupport
import Testing

/// A pattern that is not a glob fails with the case that names its mistake.
@Suite struct GlobSyntaxErrorTests {
    @Test(arguments: [
        ("", Glob.SyntaxError.emptyPattern("")),
        ("docs//a", .emptyComponent("docs//a")),
        ("../x", .dotComponent("../x", component: "..")),
        ("pkg/**.go", .partialAnyDirectories("pkg/**.go")),
        ("a\\", .trailingEscape("a\\")),
        ("[abc", .unclosedClass("[abc")),
        ("[z-a]", .reversedRange("[z-a]", low: "z", high: "a")),
    ] as [(String, Glob.SyntaxError)])
    func eachMistakeIsItsOwnCase(pattern: String, expected: Glob.SyntaxError) {
        #expect(throws: expected) { _ = try Glob(pattern) }
        #expect(expected.pattern == pattern)
        #expect(expected.description.hasPrefix("invalid glob '\(pattern)': "))
    }
}
