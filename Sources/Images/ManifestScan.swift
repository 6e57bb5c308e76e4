import HeraldSupport
import Yams

/// The images and findings of one manifest while it is being read.
struct ManifestScan {
    /// Where a YAML collection starts, which identifies it when an alias repeats it.
    struct Position: Hashable {
        let line: Int
        let column: Int
    }

    /// The manifest's path, as the caller named it, its control characters escaped.
    let file: String
    private var images: [PinnedImage] = []
    private var findings: [ImageFinding] = []
    /// Collections already read; an alias yields the same node again, and reading it twice could explode.
    private var visited: Set<Position> = []
    /// Whether the YAML could not be read to its end: a finding says why.
    private(set) var yamlFailed = false

    /// Starts reading `file`.
    init(file: String) {
        // A file name is committed data: a raw newline in it would start a line of its own in every listing.
        self.file = ControlCharacters.escaping(file)
    }

    /// Pins the reference `text` found at `line`, or records why it is invalid; templates and blanks are skipped.
    mutating func pin(_ text: String, line: Int) {
        guard !text.isEmpty, !ManifestScanner.isTemplated(text) else { return }
        switch ReferenceMemo.shared.reference(parsing: text) {
        case .success(let reference):
            images.append(PinnedImage(reference: reference, file: file, line: line))
        case .failure(let error):
            note("invalid \(error.description)", line: line)
        }
    }

    /// Records a problem at `line` (0 for the whole file).
    mutating func note(_ reason: String, line: Int) {
        findings.append(ImageFinding(file: file, line: line, reason: reason))
    }

    /// Records that the YAML could not be read to its end, with `reason` at `line`.
    mutating func noteFailure(_ reason: String, line: Int) {
        yamlFailed = true
        note(reason, line: line)
    }

    /// What was found so far, before `result()` orders it: lines as read, every repeat kept.
    var found: DocumentScan { DocumentScan(images: images, findings: findings) }

    /// Takes in what one document of this file found when read alone, its lines moved down by `offset`.
    mutating func absorb(_ document: DocumentScan, offset: Int) {
        images += document.images.map { PinnedImage(reference: $0.reference, file: file, line: $0.line > 0 ? $0.line + offset : 0) }
        findings += document.findings.map { ImageFinding(file: file, line: $0.line > 0 ? $0.line + offset : 0, reason: $0.reason) }
    }

    /// Marks the collection at `mark` as read; false when it already was.
    mutating func firstVisit(_ mark: Mark?) -> Bool {
        guard let mark else { return true }
        return visited.insert(Position(line: mark.line, column: mark.column)).inserted
    }

    /// The images in order of appearance, each reference once, and the findings without repeats.
    func result() -> (images: [PinnedImage], findings: [ImageFinding]) {
        // Helm pairs are found when their mapping is entered, so order by line to restore the file's order.
        let ordered = images.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
        var seenReferences: Set<ImageReference> = []
        let unique = ordered.filter { seenReferences.insert($0.reference).inserted }
        var seenFindings: Set<ImageFinding> = []
        let distinct = findings.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
            .filter { seenFindings.insert($0).inserted }
        return (unique, distinct)
    }
}
