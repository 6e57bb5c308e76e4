import HeraldSupport
import Changes
import GitHistory
import Images

/// Reads the images that manifests pin at any ref, from git objects, scanning each manifest blob once.
final class PinnedImageReader {
    private let files: ManifestFiles
    private let wanted: (String) -> Bool
    private let descend: (String) -> Bool
    /// Scans by manifest, path and blob alike: the same blob under another name may be read differently (a patch).
    private var scans: [ManifestFiles.File: ManifestScanResult] = [:]
    /// The first manifest scanned of each blob and way of reading it: another path of that blob differs only in the
    /// path its findings name, so it is not scanned again.
    private var scanOfBlob: [ScanKey: (path: String, result: ManifestScanResult)] = [:]
    /// What each YAML document read alone found, by its text, and the documents YAML could not read alone.
    private var documentScans: [String: DocumentScan] = [:]
    private var unreadDocuments: Set<String> = []
    /// Answers of `wanted` and `descend` by path: releases repeat the same paths, and globs cost more than a look-up.
    private var wantedPaths: [String: Bool] = [:]
    private var descendedFolders: [String: Bool] = [:]

    /// Reads through `files`, which may serve other readers too; `wanted` picks manifest paths, `descend` prunes folders.
    init(files: ManifestFiles, wanted: @escaping (String) -> Bool, descend: @escaping (String) -> Bool) {
        self.files = files
        self.wanted = wanted
        self.descend = descend
    }

    /// The images pinned at each of `refs`, and warnings for unreadable manifests and invalid references, in ref order;
    /// `commits` gives refs' commits where known, which git reads faster than names.
    /// `start` is a folder that holds every manifest (see `ManifestFiles.files`).
    func images(at refs: [String], commits: [String: String] = [:], start: String = "") throws -> (images: [String: [PinnedImage]], warnings: [Diagnostic]) {
        let (found, missingFolders, refusedLinks) = try files.files(
            at: refs, commits: commits, start: start,
            wanted: { path in Self.answer(path, from: &wantedPaths, by: wanted) },
            descend: { folder in Self.answer(folder, from: &descendedFolders, by: descend) }
        )
        // Each manifest not scanned yet, once: releases share most of theirs.
        var fresh: [ManifestFiles.File] = []
        var seen = Set<ManifestFiles.File>()
        for ref in refs {
            for file in found[ref] ?? [] where scans[file] == nil && seen.insert(file).inserted { fresh.append(file) }
        }
        // Scanning is pure and the slowest part; each new blob is scanned once, on every core. Manifests are often
        // copies of each other (a folder per Kubernetes version), so a blob repeats under other paths.
        var unscanned: [ManifestFiles.File] = []
        var queued = Set<ScanKey>()
        for file in fresh where scanOfBlob[ScanKey(file)] == nil && queued.insert(ScanKey(file)).inserted { unscanned.append(file) }
        let texts = try files.texts(of: unscanned.map(\.blob))
        let inputs = unscanned.compactMap { file in texts[file.blob].flatMap { $0 }.map { ScanInput(file: file, text: $0) } }
        for (file, result) in scan(inputs) { scanOfBlob[ScanKey(file)] = (file.path, result) }
        // A blob git lacks was never scanned, so its manifests stay without a scan and are reported below.
        for file in fresh {
            guard let first = scanOfBlob[ScanKey(file)] else { continue }
            scans[file] = first.path == file.path ? first.result : first.result.naming(file.path)
        }
        var images: [String: [PinnedImage]] = [:]
        var warnings: [Diagnostic] = []
        for ref in refs {
            for link in refusedLinks[ref] ?? [] {
                warnings.append(Diagnostic(
                    .image, "\(ref):\(link) is a symbolic link that leaves the repository, loops or leads nowhere; its manifests are not read"
                ))
            }
            for folder in missingFolders[ref] ?? [] {
                warnings.append(Diagnostic(
                    .missingTree,
                    "\(folder.isEmpty ? "the tree of \(ref)" : "\(ref):\(folder)") is missing from the object store (partial clone?); the manifests in it are not listed"
                ))
            }
            for file in found[ref] ?? [] {
                guard let scan = scans[file] else {
                    warnings.append(Diagnostic(
                        .missingBlob,
                        "\(ref):\(file.path) is missing from the object store (partial clone?); its images are not listed"
                    ))
                    continue
                }
                images[ref, default: []] += scan.images
                warnings += scan.findings.map { Diagnostic(.image, "\(ref): \($0.description)", subject: $0.file) }
            }
        }
        return (images, warnings)
    }

    /// What each of `inputs` pins and finds, on every core. YAML is read document by document, and a document that an
    /// earlier manifest held is not read again: from one release to the next most documents stay the same. A diff, a
    /// stream that cannot be cut, and a file with a document YAML cannot read alone are scanned whole.
    private func scan(_ inputs: [ScanInput]) -> [(ManifestFiles.File, ManifestScanResult)] {
        let scanner = ManifestScanner()
        let cut = inputs.map { scanner.documents(file: $0.file.path, contents: $0.text) }
        var fresh: [String] = []
        var queued = Set<String>()
        for document in cut.compactMap({ $0 }).joined() {
            let text = String(document.text)
            if documentScans[text] == nil, !unreadDocuments.contains(text), queued.insert(text).inserted { fresh.append(text) }
        }
        for (text, found) in zip(fresh, fresh.concurrentMap { scanner.scan(document: $0[...]) }) {
            if let found { documentScans[text] = found } else { unreadDocuments.insert(text) }
        }
        let known = documentScans
        return zip(inputs, cut).map { FileToScan(input: $0, documents: $1) }.concurrentMap { file in
            let documents = file.documents?.map { (firstLine: $0.firstLine, scan: known[String($0.text)]) }
            return (file.input.file, ManifestScanResult(scanner.scan(file: file.input.file.path, contents: file.input.text, documents: documents)))
        }
    }

    /// `rule`'s answer for `path`, asked once per path.
    private static func answer(_ path: String, from answers: inout [String: Bool], by rule: (String) -> Bool) -> Bool {
        if let known = answers[path] { return known }
        let answer = rule(path)
        answers[path] = answer
        return answer
    }

}

/// A blob and whether its path makes it read as a diff: what a scan's result depends on besides the path it names.
private struct ScanKey: Hashable {
    let blob: String
    let asDiff: Bool

    /// The key of `file`.
    init(_ file: ManifestFiles.File) {
        blob = file.blob
        asDiff = ManifestScanner.isDiff(file.path)
    }
}

/// One manifest to scan and the documents it was cut into, nil when it is scanned whole.
private struct FileToScan: Sendable {
    let input: ScanInput
    let documents: [ManifestDocuments.Document]?
}

/// One manifest to scan.
private struct ScanInput: Sendable {
    let file: ManifestFiles.File
    let text: String
}

/// What scanning one manifest found.
struct ManifestScanResult: Sendable {
    /// The images it pins.
    let images: [PinnedImage]
    /// Invalid references and YAML errors.
    let findings: [ImageFinding]

    /// Wraps the scanner's answer.
    init(_ scan: (images: [PinnedImage], findings: [ImageFinding])) {
        images = scan.images
        findings = scan.findings
    }

    /// What scanning the same blob under `path` finds: the same, naming `path` as the scanner names a file.
    func naming(_ path: String) -> ManifestScanResult {
        let file = ControlCharacters.escaping(path)
        return ManifestScanResult((
            images.map { PinnedImage(reference: $0.reference, file: file, line: $0.line) },
            findings.map { ImageFinding(file: file, line: $0.line, reason: $0.reason) }
        ))
    }
}
