#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level text search for the hot paths of change detection.
///
/// Commit text is read for every commit of every range; Foundation's locale-aware search made
/// that the largest cost of a changelog, and nothing here needs more than exact bytes.
extension StringProtocol {
    /// Whether `needle` occurs, compared byte for byte.
    package func containsText(_ needle: String) -> Bool {
        rangeOfText(needle) != nil
    }

    /// The first (or, with `backwards`, the last) occurrence of `needle`, compared byte for byte.
    package func rangeOfText(_ needle: String, backwards: Bool = false) -> Range<Index>? {
        var needle = needle
        let found: (Int, Int)?? = utf8.withContiguousStorageIfAvailable { haystack -> (Int, Int)? in
            needle.withUTF8 { pattern -> (Int, Int)? in
                guard !pattern.isEmpty, pattern.count <= haystack.count, let base = haystack.baseAddress,
                      let patternBase = pattern.baseAddress else { return nil }
                var from = 0
                var last: Int?
                let first = Int32(pattern[0])
                while from <= haystack.count - pattern.count,
                      let hit = memchr(base + from, first, haystack.count - pattern.count + 1 - from) {
                    let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + offset, patternBase, pattern.count) == 0 {
                        guard backwards else { return (offset, pattern.count) }
                        last = offset
                    }
                    from = offset + 1
                }
                return last.map { ($0, pattern.count) }
            }
        }
        guard let located = found else { return slowRange(of: needle, backwards: backwards) }
        guard let (offset, length) = located else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: length)
    }

    /// The same search for text without contiguous storage (bridged strings).
    private func slowRange(of needle: String, backwards: Bool) -> Range<Index>? {
        let pattern = Array(needle.utf8)
        var indices = Array(utf8.indices)
        if backwards { indices.reverse() }
        for start in indices where utf8[start...].starts(with: pattern) {
            return start..<utf8.index(start, offsetBy: pattern.count)
        }
        return nil
    }

    /// The text without leading and trailing white space and newlines.
    package var trimmed: SubSequence {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = self[start...].lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<end]
    }
}
