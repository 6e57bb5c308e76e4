/// Text gathered from libcmark literals, with every run of white space collapsed to one space and the ends trimmed.
///
/// Works on UTF-8 bytes in a buffer it grows itself because it runs over every literal of
/// every document; white space is ASCII only, so multi-byte characters pass through untouched.
struct CollapsedText {
    private var storage: [UInt8]
    private var count = 0
    private var spacePending = false

    /// Creates empty text with room for `capacity` bytes.
    init(capacity: Int = 0) {
        storage = [UInt8](repeating: 0, count: max(capacity, 16))
    }

    /// Appends a NUL-terminated literal from libcmark.
    mutating func append(_ literal: UnsafePointer<CChar>) {
        literal.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
            var end = start
            while end.pointee != 0 { end += 1 }
            append(UnsafeBufferPointer(start: start, count: start.distance(to: end)))
        }
    }

    /// Appends UTF-8 bytes.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        // One space may come before the bytes and none grows them, so this is all the room needed.
        if count + bytes.count + 1 > storage.count {
            storage.append(contentsOf: repeatElement(0, count: max(storage.count, bytes.count + 1)))
        }
        guard var source = bytes.baseAddress else { return }
        let end = source + bytes.count
        var spacePending = spacePending
        let written = count
        count = storage.withUnsafeMutableBufferPointer { output in
            guard let start = output.baseAddress else { return written }
            var target = start + written
            while source < end {
                let byte = source.pointee
                source += 1
                // Most bytes are above the space, so one comparison settles them.
                if byte <= 0x20 && (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) {
                    spacePending = true
                    continue
                }
                if spacePending {
                    if target > start {
                        target.pointee = 0x20
                        target += 1
                    }
                    spacePending = false
                }
                target.pointee = byte
                target += 1
            }
            return start.distance(to: target)
        }
        self.spacePending = spacePending
    }

    /// Appends text that was collapsed already.
    mutating func append(_ other: CollapsedText) {
        other.storage.withUnsafeBufferPointer { append(UnsafeBufferPointer(rebasing: $0[..<other.count])) }
    }

    /// Marks a word boundary: the next text, if any, starts after one space.
    mutating func separate() {
        spacePending = true
    }

    /// The text as a string; invalid UTF-8 is repaired.
    var string: String {
        storage.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[..<count]), as: UTF8.self) }
    }

    /// Whether nothing but white space was appended.
    var isEmpty: Bool {
        count == 0
    }
}
