import Testing
@testable import Site

/// A layout rendered once gives the same page as rendering it for every page.
@Suite struct LayoutShellTests {
    @Test func fillsTitleAndContent() throws {
        let rendered = "<title>\(HTMLText.escape(LayoutShell.titleMarker))</title><h1>\(LayoutShell.titleMarker)</h1><main>\(LayoutShell.contentMarker)</main>"
        let shell = try #require(LayoutShell(rendered: rendered))
        #expect(shell.page(title: "a < b", content: "<p>x</p>") == "<title>a &lt; b</title><h1>a < b</h1><main><p>x</p></main>")
    }

    @Test func aLayoutThatEscapesItsContentIsRenderedPageByPage() {
        let rendered = "<main>\(HTMLText.escape(LayoutShell.contentMarker))</main>"
        #expect(LayoutShell(rendered: rendered) == nil)
    }
}
