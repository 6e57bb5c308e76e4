import Yams

/// Reads the image references that deployment manifests pin: YAML `image:` values, kustomization `images:`,
/// Helm-style `repository` and `tag` pairs, and `image:` lines that unified diffs add or keep.
public struct ManifestScanner: Sendable {
    /// Creates a scanner.
    public init() {}

    /// The images `contents` pins in order of appearance (each reference once), and the problems found on the way.
    ///
    /// `file` names the manifest in findings and decides how it is read: a `*.patch` or `*.diff` that holds a hunk as a
    /// unified diff, anything else (a kustomize-style patch is a YAML fragment) as YAML with any number of documents.
    /// This never throws: a bad reference or bad YAML is a finding.
    public func scan(file: String, contents: String) -> (images: [PinnedImage], findings: [ImageFinding]) {
        var scan = ManifestScan(file: file)
        if Self.readsAsDiff(file: file, contents: contents) {
            scan.readDiff(contents)
        } else {
            scan.readYAML(contents)
        }
        return scan.result()
    }

    /// The YAML documents `contents` is read as, each of which `scan(document:)` reads alone; nil when the file is
    /// read whole: a diff, or a stream `ManifestDocuments` cannot cut.
    public func documents(file: String, contents: String) -> [ManifestDocuments.Document]? {
        Self.readsAsDiff(file: file, contents: contents) ? nil : ManifestDocuments.split(contents[...])
    }

    /// What the YAML document `text` pins and finds read alone, as part of a file that `documents(file:contents:)`
    /// cut; nil when YAML cannot read it alone, and the file is then scanned whole.
    public func scan(document text: Substring) -> DocumentScan? {
        var scan = ManifestScan(file: "")
        scan.readYAML(String(text))
        return scan.yamlFailed ? nil : scan.found
    }

    /// What `scan(file:contents:)` gives, from what each of `documents` (as `documents(file:contents:)` cut them, each
    /// with its scan) found read alone; the file is scanned whole when it was not cut or a document has no scan.
    public func scan(
        file: String, contents: String, documents: [(firstLine: Int, scan: DocumentScan?)]?
    ) -> (images: [PinnedImage], findings: [ImageFinding]) {
        let scans = documents?.compactMap { document in document.scan.map { (firstLine: document.firstLine, scan: $0) } }
        guard let scans, scans.count == documents?.count else { return scan(file: file, contents: contents) }
        var scan = ManifestScan(file: file)
        for document in scans { scan.absorb(document.scan, offset: document.firstLine - 1) }
        return scan.result()
    }

    /// Whether `file` is read as a unified diff: a `*.patch` or `*.diff` holding a hunk.
    static func readsAsDiff(file: String, contents: String) -> Bool {
        isDiff(file) && holdsHunk(contents)
    }

    /// Whether the file is read as a unified diff rather than YAML.
    public static func isDiff(_ file: String) -> Bool {
        let lowercased = file.lowercased()
        return lowercased.hasSuffix(".patch") || lowercased.hasSuffix(".diff")
    }

    /// Whether `contents` has a unified diff's hunk header (`@@ -1,3 +1,4 @@`) at the start of a line.
    static func holdsHunk(_ contents: String) -> Bool {
        contents.hasPrefix("@@ ") || contents.contains("\n@@ ")
    }

    /// Whether a value is a template to be filled in later, such as `{{ .Values.image }}` or `${IMAGE}`.
    public static func isTemplated<Text: StringProtocol>(_ value: Text) -> Bool {
        value.contains("{{") || value.contains("${")
    }
}
