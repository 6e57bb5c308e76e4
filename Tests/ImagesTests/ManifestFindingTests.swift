import Testing
@testable import Images

@Suite struct ManifestFindingTests {
    let scanner = ManifestScanner()

    @Test func reportsAnInvalidReferenceWithItsLine() {
        let yaml = """
            spec:
              containers:
                - image: nginx:1.25
                - image: nginx:v1.0+build
            """
        let result = scanner.scan(file: "deploy/app.yaml", contents: yaml)
        #expect(result.images.map(\.reference.description) == ["nginx:1.25"])
        #expect(result.findings.count == 1)
        let finding = result.findings.first
        #expect(finding?.line == 4)
        #expect(finding?.description.hasPrefix("deploy/app.yaml:4: invalid image reference 'nginx:v1.0+build': ") == true)
        #expect(finding?.reason.contains("tag 'v1.0+build' has '+'") == true)
    }

    @Test func reportsASyntaxErrorOnceWithItsLine() {
        let yaml = """
            spec:
              image: nginx:1.25
              containers: [unclosed
            other: value
            """
        let result = scanner.scan(file: "deploy/broken.yaml", contents: yaml)
        #expect(result.images.isEmpty)
        #expect(result.findings.count == 1)
        let finding = result.findings.first
        #expect(finding?.line == 4)
        #expect(finding?.reason.hasPrefix("yaml syntax error: ") == true)
        #expect(finding?.description.contains("\n") == false)
    }

    @Test func keepsDocumentsBeforeASyntaxError() {
        let yaml = "image: nginx:1.25\n---\nkey: [unclosed\n"
        let result = scanner.scan(file: "deploy/app.yaml", contents: yaml)
        #expect(result.images.map(\.reference.description) == ["nginx:1.25"])
        #expect(result.findings.count == 1)
    }

    @Test func reportsARepeatedKeyAsOneFinding() {
        let result = scanner.scan(file: "deploy/app.yaml", contents: "spec:\n  image: a:1\n  image: b:2\n")
        #expect(result.images.isEmpty)
        #expect(result.findings.map(\.description) == [
            "deploy/app.yaml:2: yaml mapping repeats the key 'image'; fix the YAML so its images can be read",
        ])
    }

    @Test func findingWithoutALineNamesOnlyTheFile() {
        #expect(ImageFinding(file: "a.yaml", line: 0, reason: "cannot read yaml").description == "a.yaml: cannot read yaml")
    }
}
