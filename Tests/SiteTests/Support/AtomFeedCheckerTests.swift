import Foundation
import Testing

/// Tests of `AtomFeedChecker` on small feeds written at test time: it must accept a valid feed and report each
/// requirement of RFC 4287 a broken one misses, or the site tests that rely on it prove nothing.
@Suite struct AtomFeedCheckerTests: SiteToolingFixtures {
    @Test func atomCheckerAcceptsAValidFeed() {
        let problems = AtomFeedChecker.problems(inFeed: Data(Self.feed(entries: [Self.entry(number: 1), Self.entry(number: 2)]).utf8))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func atomCheckerReportsAFeedWithoutUpdated() {
        let feed = Self.feed(entries: [Self.entry(number: 1)])
            .replacingOccurrences(of: "<updated>2024-05-02T09:30:00Z</updated>\n<author>", with: "<author>")
        let problems = AtomFeedChecker.problems(inFeed: Data(feed.utf8))
        #expect(problems == [AtomFeedChecker.Problem(location: "feed", message: "no updated")])
    }

    @Test func atomCheckerReportsBrokenEntries() {
        let entries = [
            // 1: a date that is not RFC 3339, a relative id, and raw HTML where escaped HTML belongs.
            """
            <entry><id>releases/1.0</id><title>1.0</title><updated>2024-05-01 10:00:00</updated>
            <link href="https://example.com/1.0.html"/><content type="html"><p>raw</p></content></entry>
            """,
            // 2: two alternate links of the same type, no title, and a published date with a bad month.
            """
            <entry><id>tag:example.com,2024:2</id><updated>2024-05-01T10:00:00+02:00</updated>
            <published>2024-13-01T10:00:00Z</published>
            <link rel="alternate" type="text/html" href="https://example.com/a.html"/>
            <link rel="alternate" type="text/html" href="https://example.com/b.html"/></entry>
            """,
            // 3: neither content nor alternate link, and escaped HTML, which is right.
            """
            <entry><id>tag:example.com,2024:3</id><title>3</title><updated>2024-05-01T10:00:00.123Z</updated>
            <summary type="html">&lt;p&gt;fine&lt;/p&gt;</summary></entry>
            """,
        ]
        let problems = AtomFeedChecker.problems(inFeed: Data(Self.feed(entries: entries).utf8))
        #expect(Set(problems.map(\.description)) == [
            "feed/entry[1]/id: \"releases/1.0\" is not an absolute IRI",
            "feed/entry[1]/updated: \"2024-05-01 10:00:00\" is not an RFC 3339 date-time",
            "feed/entry[1]/content: type=\"html\" holds the element <p>; the HTML must be escaped as text",
            "feed/entry[2]: no title",
            "feed/entry[2]/published: \"2024-13-01T10:00:00Z\" is not an RFC 3339 date-time",
            "feed/entry[2]/link[2]: a second rel=\"alternate\" link with type \"text/html\" and hreflang \"\"",
            "feed/entry[3]: neither content nor a link with rel=\"alternate\"",
        ], "\(problems)")
    }

    @Test func atomCheckerReportsMissingAuthorsAndWrongRoots() {
        let withoutAuthor = Self.feed(entries: [Self.entry(number: 1)])
            .replacingOccurrences(of: "<author><name>Herald</name></author>", with: "")
        #expect(AtomFeedChecker.problems(inFeed: Data(withoutAuthor.utf8)).map(\.description) == [
            "feed/entry[1]: no author, and the feed has none either",
        ])
        let rss = "<rss version=\"2.0\"><channel><title>x</title></channel></rss>"
        #expect(AtomFeedChecker.problems(inFeed: Data(rss.utf8)).count == 1)
        let unnamespaced = "<feed><id>tag:x,2024:1</id></feed>"
        #expect(AtomFeedChecker.problems(inFeed: Data(unnamespaced.utf8)).first?.message.contains("namespace") == true)
        #expect(AtomFeedChecker.problems(inFeed: Data("<feed xmlns=\"http://www.w3.org/2005/Atom\">".utf8)).count == 1)
    }

    @Test func atomCheckerKnowsRFC3339DateTimes() {
        for valid in ["2024-05-01T10:00:00Z", "2024-02-29T23:59:60.5+05:30", "1999-12-31T00:00:00-00:00"] {
            #expect(AtomFeedChecker.isRFC3339DateTime(valid), "\(valid)")
        }
        for invalid in ["2024-05-01", "2024-05-01t10:00:00z", "2023-02-29T10:00:00Z", "2024-05-01T24:00:00Z",
                        "2024-05-01T10:00:00", "2024-05-01T10:00:00+0200", "2024-05-01T10:00:00.Z"] {
            #expect(!AtomFeedChecker.isRFC3339DateTime(invalid), "\(invalid)")
        }
    }
}
