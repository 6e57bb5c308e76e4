#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Decides whether a link or image destination may reach the HTML.
///
/// A destination is unsafe when a browser would read its scheme as `javascript:`, `vbscript:`,
/// `data:` or `file:`. Browsers strip leading spaces and control characters and drop tabs and
/// newlines anywhere in a URL before they read the scheme, and compare it case-insensitively,
/// so the check does the same.
enum LinkSafety {
    private static let unsafeSchemes: [[UInt8]] = ["javascript", "vbscript", "data", "file"].map { Array($0.utf8) }

    /// Whether `destination` is safe to keep.
    static func isSafe(_ destination: String) -> Bool {
        isSafe(bytes: destination.utf8)
    }

    /// Whether the NUL-terminated `destination` is safe to keep.
    static func isSafe(_ destination: UnsafePointer<CChar>) -> Bool {
        let count = strlen(destination)
        return destination.withMemoryRebound(to: UInt8.self, capacity: count + 1) { start in
            isSafe(bytes: UnsafeBufferPointer(start: start, count: count))
        }
    }

    /// Whether the NUL-terminated `destination` leads to another host: it has a scheme, or starts with two slashes
    /// (browsers read `\\` as `/`), once the spaces and control characters browsers ignore are gone.
    static func isRemote(_ destination: UnsafePointer<CChar>) -> Bool {
        let count = strlen(destination)
        return destination.withMemoryRebound(to: UInt8.self, capacity: count + 1) { start in
            var length = 0
            var startsWithSlash = false
            for byte in UnsafeBufferPointer(start: start, count: count) {
                if length == 0 && byte <= 0x20 { continue }
                if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
                let isSlash = byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\")
                if startsWithSlash { return isSlash }
                if length == 0 && isSlash {
                    startsWithSlash = true
                    continue
                }
                if byte == UInt8(ascii: ":") { return length > 0 }
                let letter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
                let other = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                guard letter || (length > 0 && other) else { return false }
                length += 1
            }
            return false
        }
    }

    private static func isSafe<Bytes: Sequence<UInt8>>(bytes: Bytes) -> Bool {
        // One bit per scheme in `unsafeSchemes` that the bytes read so far still match.
        var candidates: UInt8 = (1 << unsafeSchemes.count) - 1
        var length = 0
        for byte in bytes {
            if length == 0 && byte <= 0x20 { continue }
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            if byte == UInt8(ascii: ":") {
                return !unsafeSchemes.indices.contains { candidates & (1 << $0) != 0 && unsafeSchemes[$0].count == length }
            }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            for (index, scheme) in unsafeSchemes.enumerated() where candidates & (1 << index) != 0 {
                if length >= scheme.count || scheme[length] != lower {
                    candidates &= ~(1 << index)
                }
            }
            if candidates == 0 { return true }
            length += 1
        }
        return true
    }
}
