import Testing
@testable import Images

/// A YAML stream read document by document gives what reading it whole gives, or is read whole.
@Suite struct ManifestDocumentsTests {
    let scanner = ManifestScanner()

    /// What a reader that reads documents alone gets, and whether the stream was cut and every document read alone.
    func byDocuments(_ file: String, _ text: String) -> (images: [PinnedImage], findings: [ImageFinding], cut: Bool) {
        let documents = scanner.documents(file: file, contents: text)?.map { (firstLine: $0.firstLine, scan: scanner.scan(document: $0.text)) }
        let found = scanner.scan(file: file, contents: text, documents: documents)
        return (found.images, found.findings, documents?.allSatisfy { $0.scan != nil } ?? false)
    }

    static let cut: [String] = [
        // Images in several documents, one repeated, one invalid: lines and order as the stream has them.
        "# leading comment\n---\nspec:\n  containers:\n    - image: registry.example/a:v1\n---\nkind: Pod\nspec:\n  containers:\n    - image: registry.example/b:v2\n    - image: Bad/Name:x\n    - image: registry.example/a:v1\n",
        // A block scalar quoting an image line, ended by a document start at the line's beginning.
        "data:\n  script: |\n    image: not/an/image:1\n    --- not a marker, indented\n---\nimage: registry.example/c:v3\n",
        // Content on the marker line, empty documents, four dashes and `---x` that start none.
        "--- {image: registry.example/d:v4}\n---\n---\nkey: ----\n---x: 1\nimage: registry.example/e:v5\n",
        // No marker at all, and a first document with no marker before a second.
        "image: registry.example/f:v6\n",
        "image: registry.example/g:v7\n--- \nimage: registry.example/h:v8\n",
        // Helm values and a kustomization in two documents.
        "image:\n  registry: registry.example\n  repository: i\n  tag: v9\n---\nimages:\n  - name: j\n    newTag: v10\n",
        // A byte order mark at the start only.
        "\u{FEFF}image: registry.example/k:v11\n---\nimage: registry.example/l:v12\n",
        "",
    ]

    static let readWhole: [String] = [
        // Errors and cross-document aliases: a document fails alone, so the stream is read whole.
        "image: registry.example/a:v1\n---\na: 1\na: 2\nimage: registry.example/b:v2\n---\nimage: registry.example/c:v3\n",
        "base: &shared\n  image: registry.example/a:v1\n---\nuse: *shared\n",
        "text: \"open\n---\nimage: registry.example/a:v1\n",
        "key: [a,\n---\nimage: registry.example/a:v1\n",
    ]

    /// Cut streams read alike document by document; a stream with a document that fails alone is read whole, alike.
    @Test(arguments: cut.map { ($0, true) } + readWhole.map { ($0, false) })
    func documentsReadAloneGiveTheStream(text: String, cut: Bool) {
        let whole = scanner.scan(file: "deploy/app.yaml", contents: text)
        let parts = byDocuments("deploy/app.yaml", text)
        #expect(parts.cut == cut)
        #expect(parts.images == whole.images)
        #expect(parts.findings == whole.findings)
    }

    @Test(arguments: [
        "%YAML 1.1\n---\nimage: a:1\n", "image: a:1\n...\n---\nimage: b:2\n", "image: a:1\r\n---\r\nimage: b:2\r\n",
        "image: a:1\u{85}---\nimage: b:2\n", "image: a:1\u{2028}x: 1\n", "image: a:1\n\u{FEFF}---\nimage: b:2\n", "a: \u{0}\n",
    ])
    func streamsWhoseStateOrLinesDifferAreNotCut(text: String) {
        #expect(ManifestDocuments.split(text[...]) == nil)
    }

    @Test func documentsStartAtTheirMarkerLines() throws {
        let documents = try #require(ManifestDocuments.split("a: 1\n---\nb: 2\nc: 3\n--- x\n"[...]))
        #expect(documents.map(\.firstLine) == [1, 2, 5])
        #expect(documents.map { String($0.text) } == ["a: 1\n", "---\nb: 2\nc: 3\n", "--- x\n"])
        #expect(ManifestDocuments.split(""[...]) == [])
    }
}
