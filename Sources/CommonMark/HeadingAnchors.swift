#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes heading ids into libcmark's HTML in one pass: `<h2>` becomes `<h2 id="install">`.
///
/// libcmark writes every heading as a bare `<h1>` … `<h6>` and, with raw HTML removed and all
/// text escaped, nothing else in its output can look like one. The tags are still checked
/// against the headings, level by level; if they disagree, no ids are written rather than
/// wrong ones.
enum HeadingAnchors {
    /// The NUL-terminated `html` with the id of each of `headings` in its opening tag.
    static func insert(_ headings: [Heading], into html: UnsafePointer<CChar>) -> String {
        let count = strlen(html)
        return html.withMemoryRebound(to: UInt8.self, capacity: count + 1) { start in
            let bytes = UnsafeBufferPointer(start: start, count: count)
            guard !headings.isEmpty, let offsets = tagEnds(in: bytes, matching: headings) else {
                return String(decoding: bytes, as: UTF8.self)
            }
            let extra = headings.reduce(0) { $0 + $1.id.utf8.count + 6 }
            return String(unsafeUninitializedCapacity: count + extra) { output in
                var written = 0
                var copied = 0
                func write<Bytes: Collection<UInt8>>(_ chunk: Bytes) {
                    _ = UnsafeMutableBufferPointer(rebasing: output[written...]).initialize(from: chunk)
                    written += chunk.count
                }
                for (offset, heading) in zip(offsets, headings) {
                    write(bytes[copied..<offset])
                    write(#" id=""#.utf8)
                    write(heading.id.utf8)
                    write(#"""#.utf8)
                    copied = offset
                }
                write(bytes[copied...])
                return written
            }
        }
    }

    /// The offset of the `>` of each heading's opening tag, or nil when the tags and headings disagree.
    private static func tagEnds(in bytes: UnsafeBufferPointer<UInt8>, matching headings: [Heading]) -> [Int]? {
        guard let base = bytes.baseAddress else { return nil }
        var offsets: [Int] = []
        offsets.reserveCapacity(headings.count)
        var from = 0
        while from + 4 <= bytes.count, let hit = memchr(base + from, Int32(UInt8(ascii: "<")), bytes.count - from) {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            from = at + 1
            guard at + 4 <= bytes.count, bytes[at + 1] == UInt8(ascii: "h"), bytes[at + 3] == UInt8(ascii: ">"),
                  (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[at + 2]) else { continue }
            guard offsets.count < headings.count,
                  Int(bytes[at + 2] - UInt8(ascii: "0")) == headings[offsets.count].level else { return nil }
            offsets.append(at + 3)
        }
        return offsets.count == headings.count ? offsets : nil
    }
}
