extension Glob {
    /// Matches the path's components against the segments, remembering only the last `**`:
    /// `**` matches any run of components, so retrying from the latest one is enough.
    func matches(bytes path: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = path.count + 1
        var segment = 0
        var start = 0
        var lastRun: (segment: Int, start: Int)?
        while true {
            if start == end {
                while segment < segments.count, case .anyDirectories = segments[segment] { segment += 1 }
                if segment == segments.count { return true }
            } else if segment < segments.count {
                if case .anyDirectories = segments[segment] {
                    lastRun = (segment, start)
                    segment += 1
                    continue
                }
                let stop = Self.componentEnd(path, from: start)
                if Self.matches(segments[segment], path, start..<stop) {
                    segment += 1
                    start = stop + 1
                    continue
                }
            }
            guard let run = lastRun, run.start != end else { return false }
            let retry = Self.componentEnd(path, from: run.start) + 1
            lastRun = (run.segment, retry)
            segment = run.segment + 1
            start = retry
        }
    }

    /// The index of the `/` ending the component that begins at `start`, or the path's end.
    static func componentEnd(_ path: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < path.count, path[index] != UInt8(ascii: "/") { index += 1 }
        return index
    }

    /// Whether one component matches one segment.
    static func matches(_ segment: Segment, _ path: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        switch segment {
        case .anyDirectories:
            return true
        case .literal(let bytes):
            return bytes.count == range.count && zip(bytes, path[range]).allSatisfy { $0 == $1 }
        case .wildcard(let tokens):
            return matches(tokens, path, range)
        }
    }

    /// Wildcard matching within one component, remembering only the last `*`.
    static func matches(_ tokens: [Token], _ path: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var token = 0
        var index = range.lowerBound
        var lastRun: (token: Int, index: Int)?
        while index < range.upperBound {
            if token < tokens.count {
                switch tokens[token] {
                case .anyRun:
                    lastRun = (token, index)
                    token += 1
                    continue
                case .byte(let byte) where path[index] == byte:
                    index += 1
                    token += 1
                    continue
                case .anyCharacter:
                    index = min(index + scalarLength(path[index]), range.upperBound)
                    token += 1
                    continue
                case .characterClass(let ranges, let negated):
                    let (value, length) = scalar(path, at: index, before: range.upperBound)
                    if ranges.contains(where: { $0.contains(value) }) != negated {
                        index += length
                        token += 1
                        continue
                    }
                case .byte:
                    break
                }
            }
            guard let run = lastRun else { return false }
            let retry = min(run.index + scalarLength(path[run.index]), range.upperBound)
            lastRun = (run.token, retry)
            token = run.token + 1
            index = retry
        }
        while token < tokens.count, case .anyRun = tokens[token] { token += 1 }
        return token == tokens.count
    }

    /// The UTF-8 length of the scalar whose lead byte is `byte`.
    static func scalarLength(_ byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }

    /// The scalar value at `index` and its length in bytes.
    static func scalar(_ path: UnsafeBufferPointer<UInt8>, at index: Int, before end: Int) -> (UInt32, Int) {
        let length = min(scalarLength(path[index]), end - index)
        guard length > 1 else { return (UInt32(path[index]), 1) }
        var value = UInt32(path[index]) & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | UInt32(path[index + offset] & 0x3F) }
        return (value, length)
    }
}
