/// The module path and replacement-directory rules the go.mod reader checks before it keeps a line.
enum GoModulePath {
    /// Whether `path` is a module path as Go's `module.CheckPath` allows its characters: non-empty elements of
    /// ASCII letters, digits and `-._~`, separated by single `/`.
    ///
    /// Such a path needs no escaping in a URL or a Markdown link, which the notes rely on.
    static func isValid(_ path: String) -> Bool {
        var previous = UInt8(ascii: "/")
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"):
                break
            case UInt8(ascii: "/") where previous != UInt8(ascii: "/"):
                break
            default:
                return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: "/")
    }

    /// Whether a replacement target is a directory as Go's `modfile.IsDirectoryPath` decides: rooted, or starting
    /// with `./` or `../` (either slash), or `.` or `..` alone, or a Windows drive such as `C:`.
    static func isLocalDirectory(_ path: String) -> Bool {
        if path == "." || path == ".." { return true }
        for prefix in ["./", "../", "/", ".\\", "..\\", "\\"] where path.hasPrefix(prefix) {
            return true
        }
        let bytes = Array(path.utf8.prefix(2))
        guard bytes.count == 2, bytes[1] == UInt8(ascii: ":") else { return false }
        return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[0] | 0x20)
    }
}
