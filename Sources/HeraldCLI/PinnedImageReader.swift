import GitHistory
import Images

/// Reads the images that manifests pin at any ref, from git objects, scanning each manifest blob once.
final class PinnedImageReader {
    private let files: ManifestFiles
    private let wanted: (String) -> Bool
    private let descend: (String) -> Bool
    private let scanner = ManifestScanner()
    private var scans: [String: (images: [PinnedImage], findings: [ImageFinding])] = [:]

    /// Starts one `git cat-file --batch` for `repository`; `wanted` picks manifest paths, `descend` prunes folders.
    init(repository: GitRepository, wanted: @escaping (String) -> Bool, descend: @escaping (String) -> Bool) throws {
        files = try ManifestFiles(repository: repository)
        self.wanted = wanted
        self.descend = descend
    }

    /// The images pinned at `ref`, and warnings for unreadable manifests and invalid references.
    func images(at ref: String) throws -> (images: [PinnedImage], warnings: [Diagnostic]) {
        var images: [PinnedImage] = []
        var warnings: [Diagnostic] = []
        for file in try files.files(at: ref, wanted: wanted, descend: descend) {
            guard let scan = try scan(file) else {
                warnings.append(Diagnostic(
                    code: "missing-blob",
                    message: "\(ref):\(file.path) is missing from the object store (partial clone?); its images are not listed"
                ))
                continue
            }
            images += scan.images
            warnings += scan.findings.map { Diagnostic(code: "image", message: "\(ref): \($0.description)") }
        }
        return (images, warnings)
    }

    /// The scan of one manifest blob, or nil when the blob is missing.
    private func scan(_ file: ManifestFiles.File) throws -> (images: [PinnedImage], findings: [ImageFinding])? {
        let key = file.blob + "\u{1F}" + file.path
        if let cached = scans[key] { return cached }
        guard let text = try files.text(of: file.blob) else { return nil }
        let result = scanner.scan(file: file.path, contents: text)
        scans[key] = result
        return result
    }

    /// Ends the git process.
    func close() { files.close() }
}
