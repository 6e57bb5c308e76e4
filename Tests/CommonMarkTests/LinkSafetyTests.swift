import Testing
@testable import CommonMark

@Suite struct LinkSafetyTests {
    @Test(arguments: [
        "javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:x", "\u{1}\u{1F}javascript:x", "\tjava\nscr\ript:x",
        "vbscript:x", "VBScript:x", "data:text/html,x", "data:image/png;base64,AAAA", "file:///etc/passwd", "FILE:x",
    ])
    func unsafe(_ destination: String) {
        #expect(!LinkSafety.isSafe(destination))
        #expect(!destination.withCString(LinkSafety.isSafe))
    }

    @Test(arguments: [
        "", "https://example.com", "/javascript:x", "./javascript:x", "guide.md#javascript:x", "javascripts/app.js",
        "data.html", "file.txt", "?q=javascript:x", "mailto:x@example.com", "jav ascript:x", "javascriptx:y", "%6Aavascript:x",
    ])
    func safe(_ destination: String) {
        #expect(LinkSafety.isSafe(destination))
        #expect(destination.withCString(LinkSafety.isSafe))
    }
}
