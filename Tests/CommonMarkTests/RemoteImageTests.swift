import Testing
@testable import CommonMark

/// Pictures from other hosts in text strangers write become links that load nothing by themselves.
@Suite struct RemoteImageTests {
    private let linking = MarkdownRenderer(remoteImages: .linked)

    @Test(arguments: [
        "Fix ![x](https://evil.example/p.png) bug", "![x](http://evil.example/p.png)", "![x](//evil.example/p.png)",
        "![x]( HTTPS://evil.example/p.png)", "![x](/\\evil.example/p.png)",
        "![x][ref]\n\n[ref]: https://evil.example/p.png", "![x](ftp://evil.example/p.png)",
    ])
    func aRemotePictureBecomesALink(_ markdown: String) {
        let html = linking.render(markdown).html
        #expect(!html.contains("<img"), "\(html)")
        #expect(html.contains("evil.example/p.png\">x</a>"), "\(html)")
    }

    @Test func theTitleOfATitleHoldingAPictureReadsAsText() {
        let html = linking.render("Fix ![x](https://evil.example/p.png \"the pixel\") bug").html
        #expect(html == "<p>Fix <a href=\"https://evil.example/p.png\" title=\"the pixel\">x</a> bug</p>\n")
    }

    @Test func aPictureWithoutAltTextShowsItsAddress() {
        let html = linking.render("![](https://evil.example/p.png)").html
        #expect(html == "<p><a href=\"https://evil.example/p.png\">https://evil.example/p.png</a></p>\n")
    }

    @Test func aRemotePictureInsideALinkBecomesItsAltText() {
        let html = linking.render("[![badge](https://evil.example/b.svg)](https://ci.example/build)").html
        #expect(html == "<p><a href=\"https://ci.example/build\">badge</a></p>\n")
    }

    @Test func aPictureOfTheRepositoryStaysAPicture() {
        let rewriting = MarkdownRenderer(rewriteLink: { "https://github.com/o/r/raw/v1/" + $0 }, remoteImages: .linked)
        #expect(rewriting.render("![diagram](docs/d.png)").html.contains("<img src=\"https://github.com/o/r/raw/v1/docs/d.png\""))
        #expect(linking.render("![diagram](d.png)").html.contains("<img src=\"d.png\""))
    }

    @Test func pagesMaintainersWriteShowRemotePictures() {
        #expect(MarkdownRenderer().render("![x](https://example.com/p.png)").html.contains("<img src=\"https://example.com/p.png\""))
    }
}
