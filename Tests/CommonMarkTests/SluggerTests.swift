import Testing
@testable import CommonMark

@Suite struct SluggerTests {
    @Test(arguments: [
        ("Install", "install"),
        ("Getting Started", "getting-started"),
        ("  Spaces   around  ", "spaces-around"),
        ("snake_case_name", "snake_case_name"),
        ("v1.2.3 — what's new?", "v123-whats-new"),
        ("a - b -- c", "a-b-c"),
        ("--leading and trailing--", "leading-and-trailing"),
        ("C++ & Swift", "c-swift"),
        ("<script>alert(\"x\")</script>", "scriptalertxscript"),
        ("ÉCOLE", "école"),
        ("", "section"),
        ("!!!", "section"),
        ("\u{1F389}", "section"),
    ])
    func slugs(_ text: String, _ expected: String) {
        var slugger = Slugger()
        #expect(slugger.slug(for: text) == expected)
    }

    @Test func repeatsGetTheFirstFreeSuffix() {
        var slugger = Slugger()
        let slugs = ["Install", "Install", "Install 1", "install", "Install-1"].map { slugger.slug(for: $0) }
        #expect(slugs == ["install", "install-1", "install-1-1", "install-2", "install-1-2"])
        #expect(Set(slugs).count == slugs.count)
    }

    @Test func reservedIDsCountAsTaken() {
        var slugger = Slugger(reserved: ["install", "section"])
        #expect(slugger.slug(for: "Install") == "install-1")
        #expect(slugger.slug(for: "") == "section-1")
        #expect(slugger.slug(for: "Usage") == "usage")
    }

    @Test func slugsAreSafeInsideAnHTMLAttribute() {
        var slugger = Slugger()
        for text in ["a\"b", "a'b", "a<b>", "a&amp;b", "tab\there", "new\nline", "\u{0}nul"] {
            let slug = slugger.slug(for: text)
            #expect(!slug.contains { "\"'<>& \t\n\0".contains($0) }, "\(slug)")
        }
    }

    @Test func theSameHeadingsGiveTheSameIDs() {
        let texts = ["A", "B", "A", "", "A"]
        var first = Slugger()
        var second = Slugger()
        #expect(texts.map { first.slug(for: $0) } == texts.map { second.slug(for: $0) })
    }
}
