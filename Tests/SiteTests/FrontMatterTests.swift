@testable import Site
import Testing

/// Front matter read the way docs tools read it, and a page without a well-formed block left exactly as written.
@Suite struct FrontMatterTests {
    @Test func titleAndWeightAreReadAndTheBlockIsCut() {
        let (frontMatter, body) = FrontMatter.split("---\ntitle: Install\nweight: 3\n---\n# Body\n\nText.\n")
        #expect(frontMatter == FrontMatter(title: "Install", weight: 3))
        #expect(body == "# Body\n\nText.\n")
    }

    @Test func quotedValuesAreUnquoted() {
        let markdown = "---\ntitle: \"Install: the \\\"quick\\\" way \\u00e9\"\ndescription: 'It''s short'\n\"weight\": \"4\"\n---\n"
        let (frontMatter, body) = FrontMatter.split(markdown)
        #expect(frontMatter == FrontMatter(title: "Install: the \"quick\" way é", weight: 4, description: "It's short"))
        #expect(body.isEmpty)
    }

    @Test func commentsAreLeftOut() {
        let markdown = "---\n# The page's settings\ntitle: C# for beginners # shown in the nav\nweight: 2 # early\n---\nText\n"
        #expect(FrontMatter.split(markdown).frontMatter == FrontMatter(title: "C# for beginners", weight: 2))
    }

    @Test func listsAndNestedMapsInOtherKeysAreIgnored() {
        let markdown = """
            ---
            tags:
              - setup
              - linux
            aliases:
            - /old/install.html
            author:
              name: Ada
              title: Not the page's title
            options: {toc: false, title: Nor this}
            title: Install
            weight: 7
            ---
            Text

            """
        let (frontMatter, body) = FrontMatter.split(markdown)
        #expect(frontMatter == FrontMatter(title: "Install", weight: 7))
        #expect(body == "Text\n")
    }

    @Test func blockAndMultiLineValuesReadOnOneLine() {
        let markdown = "---\ndescription: >\n  How to install\n  on Linux.\ntitle:\n  Long\n  title\n---\n"
        #expect(FrontMatter.split(markdown).frontMatter == FrontMatter(title: "Long title", description: "How to install on Linux."))
    }

    @Test func windowsLineEndingsAndAByteOrderMarkAreRead() {
        let (frontMatter, body) = FrontMatter.split("\u{FEFF}---\r\ntitle: Windows \r\nweight: 1\r\n...\r\n# Body\r\n")
        #expect(frontMatter == FrontMatter(title: "Windows", weight: 1))
        #expect(body == "# Body\r\n")
    }

    @Test func aBlockThatNeverClosesIsNoFrontMatter() {
        let markdown = "---\ntitle: Broken\nweight: 1\n\n# Heading\n"
        let (frontMatter, body) = FrontMatter.split(markdown)
        #expect(frontMatter == nil)
        #expect(body == markdown)
    }

    // A page that opens with a thematic break, then a setext heading, a list or an indented block, is Markdown.
    @Test(arguments: ["---\nSome words\n---\n\nMore.\n", "---\n- one\n- two\n---\n", "---\n\n    code\n---\n"])
    func aBlockThatIsNotAMapIsNoFrontMatter(_ markdown: String) {
        let (frontMatter, body) = FrontMatter.split(markdown)
        #expect(frontMatter == nil)
        #expect(body == markdown)
    }

    @Test(arguments: ["weight: heavy", "weight: 2.5", "weight: 99999999999999999999999", "weight:", "weight: [1, 2]"])
    func aBadWeightIsIgnoredAndTheTitleKept(_ line: String) {
        #expect(FrontMatter.split("---\ntitle: Kept\n\(line)\n---\n").frontMatter == FrontMatter(title: "Kept"))
    }

    @Test func emptyNullAndUnclosedTitlesAreNoTitle() {
        #expect(FrontMatter.split("---\ntitle: ~\n---\n").frontMatter == FrontMatter())
        #expect(FrontMatter.split("---\ntitle: \"  \"\n---\n").frontMatter == FrontMatter())
        #expect(FrontMatter.split("---\ntitle: \"open\nweight: 1\n---\n").frontMatter == FrontMatter(weight: 1))
        let empty = FrontMatter.split("---\n---\nText\n")
        #expect(empty.frontMatter == FrontMatter() && empty.body == "Text\n")
    }

    @Test func aThematicBreakLaterInThePageIsUntouched() {
        let (frontMatter, body) = FrontMatter.split("---\ntitle: A\n---\nText\n\n---\n\nMore\n")
        #expect(frontMatter == FrontMatter(title: "A"))
        #expect(body == "Text\n\n---\n\nMore\n")
    }

    @Test(arguments: ["# Title\n\n---\n\nText\n", "Text\n---\ntitle: x\n---\n", " ---\ntitle: x\n---\n", ""])
    func aPageThatDoesNotOpenWithTheFenceIsUnchanged(_ markdown: String) {
        let (frontMatter, body) = FrontMatter.split(markdown)
        #expect(frontMatter == nil)
        #expect(body == markdown)
    }

    @Test func controlCharactersAndLineBreaksLeaveTheTitle() {
        #expect(FrontMatter.split("---\ntitle: \"Tab\\there\\nand \\u0001 there\"\n---\n").frontMatter?.title == "Tab here and there")
    }
}
