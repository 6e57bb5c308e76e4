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
        if Self.isDiff(file) && Self.holdsHunk(contents) {
            scan.readDiff(contents)
        } else {
            scan.readYAML(contents)
        }
        return scan.result()
    }

    /// What the YAML document `text` pins and finds read alone, as part of a file that `ManifestDocuments` cut;
    /// nil when YAML cannot read it alone, and the file is then scanned whole.
    public func scan(document text: Substring) -> DocumentScan? {
        var scan = ManifestScan(file: "")
        scan.readYAML(String(text))
        return scan.yamlFailed ? nil : scan.found
    }

    /// What `scan(file:contents:)` gives for a file of YAML from what its documents found read alone, each with the
    /// line it starts at.
    public func scan(file: String, documents: [(firstLine: Int, scan: DocumentScan)]) -> (images: [PinnedImage], findings: [ImageFinding]) {
        var scan = ManifestScan(file: file)
        for document in documents { scan.absorb(document.scan, offset: document.firstLine - 1) }
        return scan.result()
    }

    /// Whether the file is read as a unified diff rather than YAML.
    public static func isDiff(_ file: String) -> Bool {
        let lowercased = file.lowercased()
        return lowercased.hasSuffix(".patch") || lowercased.hasSuffix(".diff")
    }

    /// Whether `contents` has a unified diff's hunk header (`@@ -1,3 +1,4 @@`) at the start of a line.
    public static func holdsHunk(_ contents: String) -> Bool {
        contents.hasPrefix("@@ ") || contents.contains("\n@@ ")
    }

    /// Whether a value is a template to be filled in later, such as `{{ .Values.image }}` or `${IMAGE}`.
    public static func isTemplated<Text: StringProtocol>(_ value: Text) -> Bool {
        value.contains("{{") || value.contains("${")
    }
}
