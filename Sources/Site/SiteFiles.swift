import Foundation

/// The files a build has made, by site path: kept in memory, or handed to a sink as each is made.
struct SiteFiles: Sendable {
    /// Where files go at once; nil keeps them.
    let sink: (any SiteFileSink)?
    /// The files kept, when there is no sink.
    private(set) var kept: [String: Data] = [:]
    /// Every path made so far, kept or handed on.
    private(set) var paths: Set<String> = []

    /// Files kept in memory, or handed to `sink`.
    init(sink: (any SiteFileSink)? = nil) {
        self.sink = sink
    }

    /// Adds the file `bytes` at `path`; a path made before gets the new bytes.
    mutating func put(_ bytes: some ContiguousBytes, at path: String) {
        paths.insert(path)
        if let sink {
            sink.write(bytes, at: path)
        } else {
            kept[path] = bytes as? Data ?? bytes.withUnsafeBytes { Data($0) }
        }
    }
}
