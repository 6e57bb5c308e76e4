/// What reading one YAML document alone found, before a file's scan orders and deduplicates it: lines counted from the
/// document's own first line, and the file each names left empty.
public struct DocumentScan: Sendable {
    /// The images it pins, in the order read, repeats kept.
    let images: [PinnedImage]
    /// Invalid references, in the order read.
    let findings: [ImageFinding]
}
