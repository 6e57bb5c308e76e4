import Foundation

/// A configured regular expression whose every search is bounded in time.
///
/// ICU backtracks, so a pattern such as `^(a+)+$` can take seconds on one title. A search that runs
/// past `searchLimit` stops and counts as no match; the pattern remembers it, so the run can say
/// which rule was too slow instead of quietly classifying differently. After `giveUpAfter` slow
/// searches the pattern is no longer tried at all, which bounds a run's total cost.
public final class BoundedPattern: @unchecked Sendable {
    /// The compiled expression.
    public let expression: NSRegularExpression
    /// The longest one search may take, in seconds.
    public let searchLimit: TimeInterval
    /// How many searches may run out of time before the pattern is skipped.
    public let giveUpAfter: Int
    private let lock = NSLock()
    // Guarded by `lock`.
    private var slowSearches = 0

    /// Wraps `expression`.
    public init(_ expression: NSRegularExpression, searchLimit: TimeInterval = 0.1, giveUpAfter: Int = 5) {
        self.expression = expression
        self.searchLimit = searchLimit
        self.giveUpAfter = giveUpAfter
    }

    /// The pattern as written.
    public var pattern: String { expression.pattern }

    /// How many searches ran out of time so far.
    public var timedOutSearches: Int { lock.withLock { slowSearches } }

    /// Whether the pattern occurs in `text`; false, and recorded, when the search runs out of time.
    public func occurs(in text: String) -> Bool {
        guard timedOutSearches < giveUpAfter else { return false }
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(searchLimit * 1e9)
        var found = false, timedOut = false
        expression.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(location: 0, length: text.utf16.count)) { match, _, stop in
            if match != nil {
                found = true
                stop.pointee = true
            } else if DispatchTime.now().uptimeNanoseconds > deadline {
                timedOut = true
                stop.pointee = true
            }
        }
        if timedOut && !found { lock.withLock { slowSearches += 1 } }
        return found
    }
}

extension BoundedPattern: Equatable {
    /// Patterns are equal when their expressions are written the same, with the same options.
    public static func == (lhs: BoundedPattern, rhs: BoundedPattern) -> Bool {
        lhs.expression.pattern == rhs.expression.pattern && lhs.expression.options == rhs.expression.options
    }
}
