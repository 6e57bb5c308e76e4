import Changes
import Dependencies
import Foundation
import HeraldSupport
import Images
import Testing
import Versioning
@testable import ReleaseNotes

/// The release model's JSON, as `JSONWriter` writes it for `notes --format json` and the site's `releases.json`, is
/// byte for byte what `JSONEncoder` wrote before it.
@Suite struct NotesDocumentTests {
    /// Records an issue wherever the writer's bytes differ from `JSONEncoder`'s, pretty or compact.
    static func expectSameBytes<Value: Encodable>(_ value: Value, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let layouts: [(JSONWriter.Layout, JSONEncoder.OutputFormatting)] = [
            (.pretty, [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]), (.compact, [.sortedKeys, .withoutEscapingSlashes]),
        ]
        for (layout, formatting) in layouts {
            let encoder = JSONEncoder()
            encoder.outputFormatting = formatting
            let expected = String(decoding: try encoder.encode(value), as: UTF8.self)
            let written = String(decoding: try JSONWriter(layout: layout).bytes(value), as: UTF8.self)
            #expect(written == expected, "\(label), \(layout)", sourceLocation: sourceLocation)
        }
    }

    /// A document with every field set, and text that needs escaping in each string.
    static func fullDocument() throws -> NotesDocument {
        let tricky = "Quote \" back\\slash /path\ttab\u{1}\u{1F} é 😀 \u{2028}<b>&"
        var change = Change(
            pullRequest: 7, commit: "abcdef0123", title: tricky, kind: .fix, breaking: true, note: "Line one.\nLine two.",
            authors: ["@alice", "Bob Example"], originals: [CherryPickOrigin(pullRequest: 3, foundBy: .title)], cherryPick: true,
            components: ["server", "client"], time: Int.max
        )
        change.shippedIn = [SemanticVersion(1, 0, 1), SemanticVersion(1, 1, 0)]
        let old = try ImageReference(parsing: "registry.example.com/team/app:1.0.0")
        let new = try ImageReference(parsing: "registry.example.com/team/app:1.1.0")
        let other = try ImageReference(parsing: "docker.io/library/redis@sha256:" + String(repeating: "ab", count: 32))
        var document = NotesDocument(
            component: "server", range: NotesRange(from: nil, to: "v1.1.0", fromCommit: nil, toCommit: "c", reason: tricky),
            version: SemanticVersion(1, 1, 0), suggestedVersion: SemanticVersion(1, 2, 0), suggestionReason: "a feature",
            date: UTCDate(secondsSince1970: 0), changes: [change, Change(pullRequest: nil, commit: "d", title: "")],
            excluded: [ExcludedChange(pullRequest: 9, commit: "e", title: "Bump", reason: "rule 'deps'")],
            images: [PinnedImage(reference: new, file: "deploy/app.yaml", line: 12), PinnedImage(reference: other, file: "a b/ü.yaml", line: 1)]
        )
        document.imageChanges = ImageDiff(base: [old, other], current: [new])
        document.ownImages = ["registry.example.com/team/app"]
        document.dependencies = DependencyDiff(
            added: [DependencyPin(module: "golang.org/x/net", version: "v0.1.0", versionText: "v0.1.0", indirect: true, url: nil)],
            changed: [DependencyChange(module: "github.com/a/b", from: "v1.0.0", fromText: "v1.0.0", to: "v1.1.0", toText: "v1.1.0", indirect: false, url: "https://github.com/a/b")],
            removed: []
        )
        document.notesFile = "docs/notes/v1.1.0.md"
        document.publishedNotes = "## v1.1.0\n\n- Fixed\n"
        return document
    }

    @Test func documentsOfTheTestFixturesAreWrittenAsJSONEncoderWritesThem() throws {
        let fixtures = [TemplateLibraryTests.document] + ReleaseComparisonTests.releases + ShipmentIndexTests.documents
        for (index, document) in fixtures.enumerated() {
            try Self.expectSameBytes(document, "fixture \(index)")
        }
        try Self.expectSameBytes(try Self.fullDocument(), "every field set")
        try Self.expectSameBytes(["releases": fixtures], "a list of releases")
    }

    @Test func theOtherOutputsAreWrittenAsJSONEncoderWritesThem() throws {
        let document = try Self.fullDocument()
        let summary = ReleaseSummary(
            component: nil, version: SemanticVersion(2, 0, 0), tag: "v2.0.0", date: UTCDate(secondsSince1970: 1_709_294_400), commit: "f",
            prerelease: false, base: .init(tag: nil, commit: nil, reason: "first release"), images: document.images
        )
        try Self.expectSameBytes(summary, "release summary")
        let matrix = BackportMatrix(component: "server", lines: ["1.0", "1.1"], rows: document.changes.map {
            .init(change: $0, lines: [.init(status: .shipped, version: SemanticVersion(1, 0, 1), pullRequest: 8), .init(status: .missing)])
        })
        try Self.expectSameBytes(matrix, "backport matrix")
        try Self.expectSameBytes(ReleasePayload(version: SemanticVersion(1, 1, 0), tagPrefix: "v", component: nil, body: document.changes[0].title), "draft payload")
    }
}
