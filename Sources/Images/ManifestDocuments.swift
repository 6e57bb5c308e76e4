/// A YAML stream cut at its `---` lines into documents that, read one by one, give what the stream gives: manifests
/// repeat most of their documents from release to release, so each repeated document is read once.
public enum ManifestDocuments {
    /// One document of a stream and where it starts.
    public struct Document: Sendable, Equatable {
        /// Its text: its `---` line, if it has one, up to the next document's.
        public let text: Substring
        /// The 1-based line of the stream its first line is.
        public let firstLine: Int
    }

    /// The documents of `stream`, in order; nil when the stream must be read whole.
    ///
    /// YAML forbids `---` at the start of a line, followed by a blank or the line's end, anywhere but as a document
    /// start, so the cut never splits a scalar. Streams that carry state from one document to the next (directives,
    /// `...` ends, a byte order mark past the start), or whose lines YAML counts otherwise than by `\n` (a carriage
    /// return, NEL, LS, PS, NUL), are read whole; so is a document that fails alone, by the caller.
    public static func split(_ stream: Substring) -> [Document]? {
        let cuts = stream.utf8.withContiguousStorageIfAvailable(cuts(in:)) ?? Array(stream.utf8).withUnsafeBufferPointer(cuts(in:))
        guard let cuts else { return nil }
        let utf8 = stream.utf8
        var documents: [Document] = []
        for (number, cut) in cuts.enumerated() {
            let end = number + 1 < cuts.count ? cuts[number + 1].offset : utf8.count
            let from = utf8.index(utf8.startIndex, offsetBy: cut.offset), to = utf8.index(utf8.startIndex, offsetBy: end)
            documents.append(Document(text: stream[from..<to], firstLine: cut.line))
        }
        return documents
    }

    /// Where each document of `bytes` starts: its byte offset and 1-based line; nil when the stream must be read whole.
    private static func cuts(in bytes: UnsafeBufferPointer<UInt8>) -> [(offset: Int, line: Int)]? {
        var cuts: [(offset: Int, line: Int)] = bytes.isEmpty ? [] : [(0, 1)]
        var line = 1
        var atLineStart = true
        for index in bytes.indices {
            let byte = bytes[index]
            switch byte {
            case 0x0D, 0x00:
                return nil
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85:
                return nil
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                return nil
            case 0xEF where index > 0 && index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF:
                return nil
            default:
                break
            }
            if atLineStart {
                if byte == UInt8(ascii: "%") || marks(bytes, at: index, with: UInt8(ascii: ".")) { return nil }
                if index > 0 && marks(bytes, at: index, with: UInt8(ascii: "-")) { cuts.append((index, line)) }
            }
            atLineStart = byte == 0x0A
            if atLineStart { line += 1 }
        }
        return cuts
    }

    /// Whether `bytes` hold three `mark` bytes at `index`, followed by a space, a tab, a line feed or the end.
    private static func marks(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, with mark: UInt8) -> Bool {
        guard index + 3 <= bytes.count, bytes[index] == mark, bytes[index + 1] == mark, bytes[index + 2] == mark else { return false }
        return index + 3 == bytes.count || [0x20, 0x09, 0x0A].contains(bytes[index + 3])
    }
}
