import HeraldSupport
import Foundation
import SampleRepositories
import SiteTestSupport
import Testing
@testable import Site

/// SVG pictures from the docs folder never run script in the site's origin.
@Suite struct SVGSafetyTests {
    @Test(arguments: [
        #"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><SCRIPT>alert(1)</SCRIPT></svg>"#,
        #"<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:script>alert(1)</svg:script></svg:svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><rect ONclick = 'alert(1)'/></svg>"#,
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect\nonmouseover=alert(1) /></svg>",
        #"<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div>x</div></foreignObject></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><text>x</text></a></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><a xlink:href="&#106;avascript&#x3A;alert(1)"><text>x</text></a></svg>"#,
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"java\tscript:alert(1)\"><text>x</text></a></svg>",
        #"<svg xmlns="http://www.w3.org/2000/svg"><use href="https://evil.example/s.svg#x"/></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><use xlink:href="other.svg#x"/></svg>"#,
        #"<!DOCTYPE svg [ <!ENTITY x "&#60;script>alert(1)&#60;/script>"> ]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>"#,
        #"<?xml-stylesheet type="text/xsl" href="evil.xsl"?><svg xmlns="http://www.w3.org/2000/svg"/>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="href" to="x"/></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><image href="data:text/html,x"/></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><iframe xmlns="http://www.w3.org/1999/xhtml"/></svg>"#,
        #"<?xml version="1.0" encoding="UTF-16"?><svg xmlns="http://www.w3.org/2000/svg"/>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><g xml:base="https://evil.example/"><use href="s.svg"/></g></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><a href="&#x6A;&#x61;vascript&colon;alert(1)"><text>x</text></a></svg>"#,
        #"<svg xmlns="http://www.w3.org/2000/svg"><animate attributeName="xlink:href" values="x"/></svg>"#,
    ])
    func aPictureThatCouldRunScriptIsRefused(_ svg: String) {
        #expect(SVGSafety.problem(in: Data(svg.utf8)) != nil, "\(svg)")
    }

    @Test func aPictureInAnotherEncodingIsRefused() {
        let utf16 = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".data(using: .utf16) ?? Data()
        #expect(SVGSafety.problem(in: utf16) != nil)
    }

    @Test(arguments: [
        #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="blue"/></svg>"#,
        ##"<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><path id="p" d="M0 0"/></defs><use xlink:href="#p" opacity="0.5" offset="1"/><!-- drawn on=paper --><text>Turn on = off</text></svg>"##,
        #"<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,iVBORw0KGgo="/><a href="https://example.com/">x</a></svg>"#,
    ])
    func anOrdinaryPictureIsKept(_ svg: String) {
        #expect(SVGSafety.problem(in: Data(svg.utf8)) == nil, "\(svg)")
    }

    @Test func anUnsafePictureIsLeftOutOfTheSiteWithAWarning() throws {
        let repository = try SiteScenario.build()
        defer { repository.remove() }
        try repository.commit("Pictures", files: [
            "docs/evil.svg": #"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>"#,
            "docs/fine.svg": #"<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>"#,
        ])
        let output = SiteFolder.temporary("svg") + "/_site"
        let result = try LibrarySite.build(repo: repository.path, output: output)
        let site = SiteFolder(path: output)
        #expect(!site.files.contains("docs/evil.svg"))
        #expect(site.files.contains("docs/fine.svg"))
        let warnings = result.diagnostics.filter { $0.code == .unsafeSVG }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.hasPrefix("evil.svg in the docs folder is left out of the site: it has an event handler attribute (onload), ") == true, "\(warnings)")
    }
}
