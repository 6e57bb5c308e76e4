/// The bytes of a title, read by position with bounded look-ahead, so that scanning hostile titles stays linear.
///
/// Positions are byte offsets. Words are compared in ASCII without regard to case; every cut falls on an
/// ASCII byte, so slices of a valid UTF-8 title are valid UTF-8.
struct TitleScanner {
    /// The title's UTF-8 bytes.
    let bytes: [UInt8]

    /// Reads `text`.
    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// One past the last byte.
    var end: Int { bytes.count }

    /// The byte at `position` in ASCII lowercase, or nil past the end.
    func lower(at position: Int) -> UInt8? {
        guard position >= 0, position < bytes.count else { return nil }
        let byte = bytes[position]
        return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// Whether the byte at `position` is `character`, in any case.
    func has(_ character: Unicode.Scalar, at position: Int) -> Bool {
        lower(at: position) == UInt8(ascii: character)
    }

    /// Whether `word`, written in lowercase ASCII, starts at `position`, in any case.
    func matches(_ word: String, at position: Int) -> Bool {
        var at = position
        for byte in word.utf8 {
            guard lower(at: at) == byte else { return false }
            at += 1
        }
        return true
    }

    /// Whether the byte at `position` continues a word: a letter, a digit or any non-ASCII byte.
    func isWordByte(at position: Int) -> Bool {
        guard let byte = lower(at: position) else { return false }
        return byte >= 0x80 || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || isDigit(at: position)
    }

    /// Whether the byte at `position` is an ASCII digit.
    func isDigit(at position: Int) -> Bool {
        guard let byte = lower(at: position) else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// The first position from `position` on that is not a space.
    func skippingSpaces(from position: Int) -> Int {
        var at = position
        while has(" ", at: at) { at += 1 }
        return at
    }

    /// The digits from `position`: their value when there are one to nine of them, and the position after them all.
    func number(at position: Int) -> (value: Int?, end: Int) {
        var at = position, value = 0
        while isDigit(at: at) {
            if at - position < 9 { value = value * 10 + Int(bytes[at] - UInt8(ascii: "0")) }
            at += 1
        }
        let count = at - position
        return (count >= 1 && count <= 9 ? value : nil, at)
    }

    /// The text from `start` to `end`, trimmed.
    func text(from start: Int, to end: Int? = nil) -> String {
        String(String(decoding: bytes[min(start, bytes.count)..<(end ?? bytes.count)], as: UTF8.self).trimmed)
    }

    /// Whether `text` contains `cherry` in any case, read without copying it.
    static func mentionsCherry(_ text: String) -> Bool {
        let word = Array("cherry".utf8)
        var matched = 0
        for byte in text.utf8 {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            // `c` occurs only first in the word, so a mismatch restarts at 0 or 1.
            matched = lower == word[matched] ? matched + 1 : (lower == word[0] ? 1 : 0)
            if matched == word.count { return true }
        }
        return false
    }
}
