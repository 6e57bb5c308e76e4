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

    /// Starts reading `file`.
    init(file: String) {
        self.file = Self.printable(file)
    }

    /// `path` with control characters shown as `\u000A`: a file name is committed data, and a raw newline in it
    /// would start a line of its own in every listing, notes and log that shows it.
    static func printable(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return path }
        var result = ""
        for scalar in path.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Pins the reference `text` found at `line`, or records why it is invalid; templates and blanks are skipped.
    mutating func pin(_ text: String, line: Int) {
        guard !text.isEmpty, !ManifestScanner.isTemplated(text) else { return }
        do {
            let reference = try ImageReference(parsing: text)
            images.append(PinnedImage(reference: reference, file: file, line: line))
        } catch {
            note("invalid \(error.description)", line: line)
        }
    }

    /// Records a problem at `line` (0 for the whole file).
    mutating func note(_ reason: String, line: Int) {
        findings.append(ImageFinding(file: file, line: line, reason: reason))
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
