#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A moment as git records it, whole seconds since 1970, printed only as ISO 8601 in UTC.
public struct UTCDate: Sendable, Hashable, Comparable, Encodable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSince1970: Int

    /// Creates a date from git's seconds-since-1970.
    public init(secondsSince1970: Int) {
        self.secondsSince1970 = secondsSince1970
    }

    /// `2024-03-01T12:00:00Z`: the form JSON, feeds and the site print.
    public var iso8601: String {
        var time = time_t(secondsSince1970)
        var parts = tm()
        gmtime_r(&time, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// `2024-03-01`: the calendar day in UTC, as headings and lists print it.
    public var day: String { String(iso8601.prefix(10)) }

    /// The ISO 8601 form.
    public var description: String { iso8601 }

    /// Orders by time.
    public static func < (lhs: UTCDate, rhs: UTCDate) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }

    /// Encodes as the ISO 8601 string the JSON contract uses.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }
}
