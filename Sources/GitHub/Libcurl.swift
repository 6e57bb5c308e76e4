import Foundation
import LazyCurl

/// libcurl, which URLSession speaks HTTP through, opened at the first request rather than at start-up (LazyCurl.c):
/// commands that never talk to GitHub do not pay for loading it, and run where it is not installed.
enum Libcurl {
    /// Nil once libcurl is open, else why it could not be, for an error that says what to install; the first use
    /// opens it (LazyCurl.c tries `libcurl.so.4`, then `libcurl-gnutls.so.4`), once per process.
    static let missingReason: String? = {
        var message = [CChar](repeating: 0, count: 512)
        guard lazy_curl_load(&message, message.count) == 0 else { return nil }
        return reason(from: message)
    }()

    /// Whether one of `names` opens and has every entry point URLSession needs; nil when one does, else why not.
    /// It never replaces the library the process already uses, so tests may try names that fail.
    static func probe(_ names: [String]) -> String? {
        var message = [CChar](repeating: 0, count: 512)
        let pointers = names.map { strdup($0) }
        defer { pointers.forEach { free($0) } }
        let found = pointers.map { UnsafePointer($0) }.withUnsafeBufferPointer { buffer in
            lazy_curl_probe(buffer.baseAddress, buffer.count, &message, message.count)
        }
        return found == 0 ? reason(from: message) : nil
    }

    /// The C message as one line, with a fallback when the loader said nothing.
    private static func reason(from message: [CChar]) -> String {
        let text = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.isEmpty ? "no libcurl could be opened" : text
    }
}
