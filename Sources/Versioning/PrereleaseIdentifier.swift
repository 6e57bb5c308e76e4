/// One dot-separated pre-release identifier: a number, or letters, digits and hyphens.
public enum PrereleaseIdentifier: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// A numeric identifier without leading zeros, compared as a number.
    case numeric(Int)
    /// An identifier with a non-digit, compared by ASCII order.
    case alphanumeric(String)

    /// Parses one identifier from its bytes, rejecting empty ones, invalid characters and numeric leading zeros.
    init?(bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        guard !bytes.isEmpty, bytes.allSatisfy(\.isIdentifierByte) else { return nil }
        if bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            guard let value = SemanticVersion.number(bytes) else { return nil }
            self = .numeric(value)
        } else {
            self = .alphanumeric(String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self))
        }
    }

    /// The value as one line of text.
    public var description: String {
        switch self {
        case .numeric(let value): return String(value)
        case .alphanumeric(let text): return text
        }
    }

    /// SemVer 2.0.0 precedence.
    public static func < (lhs: PrereleaseIdentifier, rhs: PrereleaseIdentifier) -> Bool {
        switch (lhs, rhs) {
        case let (.numeric(left), .numeric(right)): return left < right
        // SemVer §11.4.3: numeric identifiers always rank below alphanumeric ones.
        case (.numeric, .alphanumeric): return true
        case (.alphanumeric, .numeric): return false
        case let (.alphanumeric(left), .alphanumeric(right)): return Array(left.utf8).lexicographicallyPrecedes(Array(right.utf8))
        }
    }
}

extension UInt8 {
    /// Whether the byte may appear in a SemVer identifier: `[0-9A-Za-z-]`.
    var isIdentifierByte: Bool {
        (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) || self == 0x2D
    }
}
