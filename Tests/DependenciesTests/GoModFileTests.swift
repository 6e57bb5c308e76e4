import HeraldSupport
import Testing
@testable import Dependencies

@Suite struct GoModFileTests {
    @Test func readsBlocksAndSingleLinesWithIndirectMarks() {
        let file = GoModFile(text: DependencyDiffTests.base)
        #expect(file.modulePath == "k8s.io/example")
        #expect(file.requirements.count == 13)
        #expect(file.requirements.first == Requirement(module: "github.com/Masterminds/sprig", version: "v2.22.0+incompatible"))
        #expect(file.requirements.last == Requirement(module: "go.opentelemetry.io/otel/trace", version: "v1.35.0", indirect: true))
        #expect(file.requirements.filter(\.indirect).count == 5)
        #expect(file.skippedLines == 0)
        #expect(!file.truncated)
        let single = GoModFile(text: "module example.com/m\nrequire example.com/a v1.0.0\nrequire example.com/b v1.0.0 // indirect\n")
        #expect(single.requirements == [
            Requirement(module: "example.com/a", version: "v1.0.0"),
            Requirement(module: "example.com/b", version: "v1.0.0", indirect: true),
        ])
    }

    @Test(arguments: [
        ("// indirect", true), ("//indirect", true), ("//   indirect   ", true), ("// indirect; for tests", true),
        ("// indirectly", false), ("// not indirect", false), ("// Indirect", false), ("", false),
    ])
    func readsTheIndirectComment(comment: String, indirect: Bool) {
        let file = GoModFile(text: "require (\n\texample.com/a v1.0.0 \(comment)\n)")
        #expect(file.requirements == [Requirement(module: "example.com/a", version: "v1.0.0", indirect: indirect)])
    }

    @Test func aCommentMayTouchTheVersionAndCommentsElsewhereAreIgnored() {
        let file = GoModFile(text: """
            // module fake.io/commented
            module example.com/m // Deprecated: use example.com/n.
            require example.com/a v1.0.0//indirect
            require ( // direct ones
            \t// example.com/hidden v1.0.0
            \texample.com/b v1.2.3 // pinned for CVE-2024-0001
            ) // end
            """)
        #expect(file.modulePath == "example.com/m")
        #expect(file.requirements == [
            Requirement(module: "example.com/a", version: "v1.0.0", indirect: true),
            Requirement(module: "example.com/b", version: "v1.2.3"),
        ])
        #expect(file.skippedLines == 0)
    }

    @Test func readsQuotedAndBackquotedPaths() {
        let file = GoModFile(text: #"""
            module "example.com/quoted"
            require "example.com/a" "v1.0.0"
            require `example.com/b` v1.1.0 // indirect
            require (
            	"example.com/c" v1.2.0
            	"example.com/\"d" v1.3.0
            	"example.com/e\n" v1.4.0
            	"example.com/f v1.5.0
            )
            """#)
        #expect(file.modulePath == "example.com/quoted")
        #expect(file.requirements.map(\.module) == ["example.com/a", "example.com/b", "example.com/c"])
        #expect(file.requirements[1].indirect)
        // `"` is not a module path character, `\n` is an escape this reader refuses, and the last quote never ends.
        #expect(file.skippedLines == 3)
    }

    @Test func toleratesCRLFTabsBlankLinesAndNoFinalNewline() {
        let text = "module example.com/m\r\n\r\n\t\r\nrequire (\r\n\texample.com/a\tv1.0.0 // indirect\r\n\r\n"
            + "  example.com/b   v2.0.0+incompatible\r\n)\r\nrequire example.com/c v0.1.0"
        let file = GoModFile(text: text)
        #expect(file.modulePath == "example.com/m")
        #expect(file.requirements == [
            Requirement(module: "example.com/a", version: "v1.0.0", indirect: true),
            Requirement(module: "example.com/b", version: "v2.0.0+incompatible"),
            Requirement(module: "example.com/c", version: "v0.1.0"),
        ])
        #expect(file.skippedLines == 0)
    }

    @Test func passesOverOtherDirectivesAndTheirBlocksWithoutCounting() {
        let file = GoModFile(text: """
            go 1.25.0
            toolchain go1.25.3
            godebug (
            \tdefault=go1.21
            \tpanicnil=1
            )
            exclude example.com/x v1.0.0
            exclude (
            \texample.com/y v1.0.0
            )
            retract [v1.0.0, v1.0.5] // oops
            retract (
            \tv1.1.0
            \t[v1.2.0, v1.2.9]
            )
            tool example.com/cmd/gen
            futuredirective { whatever }
            frobnicate (
            \tanything at all here
            )
            require example.com/a v1.0.0
            """)
        #expect(file.requirements == [Requirement(module: "example.com/a", version: "v1.0.0")])
        // The one line counted is the unknown directive's brace, which the lexer refuses.
        #expect(file.skippedLines == 1)
        #expect(file.modulePath == nil)
    }

    @Test func skipsAndCountsMalformedLines() {
        let file = GoModFile(text: """
            module example.com/m
            module example.com/again
            require example.com/no-version
            require example.com/a v1.0.0 extra
            require example.com/b 1.0.0
            require example.com/c v1.02.0
            require example.com/d\u{1}x v1.0.0
            require Example.com/ok v1.0.0
            require example.com//e v1.0.0
            require /example.com/f v1.0.0
            require example.com/g) v1.0.0
            require example.com/h v1.0.0 ]
            )
            require ( example.com/i v1.0.0
            \texample.com/j v1.0.0
            ) trailing
            require example.com/k v1.0.0
            require ()
            """)
        #expect(file.modulePath == "example.com/m")
        #expect(file.requirements.map(\.module) == ["Example.com/ok", "example.com/j", "example.com/k"])
        #expect(file.skippedLines == 13)
    }

    @Test func keepsReplacementsAsData() {
        let file = GoModFile(text: """
            replace example.com/a => ../a
            replace example.com/b v1.0.0 => example.com/b-fork v1.0.1
            replace (
            \texample.com/c => example.com/c-fork v0.0.0-20240416155748-26353dc0451f
            \texample.com/d v1.2.0 => ./staging/src/example.com/d
            \texample.com/e => example.com/e-fork
            \texample.com/f v1.0.0 => C:\\mods\\f
            )
            require example.com/a v1.0.0
            """)
        #expect(file.replacements == [
            GoReplacement(module: "example.com/a", version: nil, replacement: "../a", replacementVersion: nil),
            GoReplacement(module: "example.com/b", version: "v1.0.0", replacement: "example.com/b-fork", replacementVersion: "v1.0.1"),
            GoReplacement(module: "example.com/c", version: nil, replacement: "example.com/c-fork",
                          replacementVersion: "v0.0.0-20240416155748-26353dc0451f"),
            GoReplacement(module: "example.com/d", version: "v1.2.0", replacement: "./staging/src/example.com/d", replacementVersion: nil),
            GoReplacement(module: "example.com/f", version: "v1.0.0", replacement: "C:\\mods\\f", replacementVersion: nil),
        ])
        #expect(file.replacements.map(\.isLocalDirectory) == [true, false, false, true, true])
        // A module replacement without a version is not go.mod syntax.
        #expect(file.skippedLines == 1)
        // Replacements are not applied.
        #expect(file.requirements == [Requirement(module: "example.com/a", version: "v1.0.0")])
    }

    @Test func keepsTheHighestOfDuplicateRequirementsDirectIfAnyLineIs() {
        let file = GoModFile(text: """
            require example.com/a v1.10.0 // indirect
            require example.com/b v1.0.0
            require example.com/a v1.9.0
            require example.com/c v1.0.0-rc.1 // indirect
            require example.com/c v1.0.0 // indirect
            require example.com/d v2.0.0+incompatible
            require example.com/d v2.0.0+other
            """)
        #expect(file.requirements == [
            Requirement(module: "example.com/a", version: "v1.10.0"),
            Requirement(module: "example.com/b", version: "v1.0.0"),
            Requirement(module: "example.com/c", version: "v1.0.0", indirect: true),
            Requirement(module: "example.com/d", version: "v2.0.0+other"),
        ])
    }

    @Test func stopsAtTheRequirementLimit() {
        let lines = (1...5).map { "require example.com/m\($0) v1.0.0" }.joined(separator: "\n")
        let limits = GoModLimits(maximumBytes: 1 << 20, maximumRequirements: 3)
        let file = GoModFile(bytes: Array((lines + "\nreplace example.com/m1 => ../m1").utf8), limits: limits)
        #expect(file.requirements.map(\.module) == ["example.com/m1", "example.com/m2", "example.com/m3"])
        #expect(file.replacements.isEmpty)
        #expect(file.truncated)
        let exact = GoModFile(bytes: Array(lines.utf8), limits: GoModLimits(maximumBytes: 1 << 20, maximumRequirements: 5))
        #expect(exact.requirements.count == 5)
        #expect(!exact.truncated)
    }

    @Test func stopsAtTheByteLimitOnAWholeLine() {
        let text = "require example.com/a v1.0.0\nrequire example.com/b v1.0.0\n"
        let cut = GoModFile(bytes: Array(text.utf8), limits: GoModLimits(maximumBytes: 40, maximumRequirements: 10))
        #expect(cut.requirements.map(\.module) == ["example.com/a"])
        #expect(cut.truncated)
        #expect(cut.skippedLines == 0)
        let whole = GoModFile(bytes: Array(text.utf8), limits: GoModLimits(maximumBytes: text.utf8.count, maximumRequirements: 10))
        #expect(whole.requirements.count == 2)
        #expect(!whole.truncated)
        let oneHugeLine = GoModFile(bytes: Array(repeating: UInt8(ascii: "a"), count: (4 << 20) + 1))
        #expect(oneHugeLine.requirements.isEmpty)
        #expect(oneHugeLine.truncated)
    }

    @Test func randomBytesReturnQuicklyWithoutCrashing() {
        var generator = DeterministicRandom(seed: 0x5EED)
        let alphabet = Array("require ( ) \"`/\\\n\t\r v1.0.0 example.com/a // indirect [],{}=>".utf8)
        let uniform = (0..<(1 << 20)).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let biased = (0..<(1 << 20)).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
        let unbalanced = Array(repeating: UInt8(ascii: "\""), count: 1) + Array(repeating: UInt8(ascii: "x"), count: 1 << 20)
        let clock = ContinuousClock()
        for bytes in [uniform, biased, unbalanced, Array(repeating: UInt8(ascii: "("), count: 1 << 20)] {
            let start = clock.now
            let file = GoModFile(bytes: bytes)
            #expect(clock.now - start < .seconds(3))
            #expect(file.requirements.count <= GoModLimits.standard.maximumRequirements)
        }
    }
}
