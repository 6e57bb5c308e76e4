#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How an object's members, as encoded, become the members written: sorted by the UTF-8 bytes of their keys, the
/// order `JSONEncoder`'s `.sortedKeys` gives, and one member per key as its dictionary keeps them (the first key's
/// spelling with the last value). Objects of one type encode the same keys in the same order, so an encoder works
/// the order out once and reuses it while the keys match.
struct JSONMemberOrder {
    /// The keys as encoded.
    private let keys: [String]
    /// Whether every key is ASCII; only then is the order reused.
    private let isASCII: Bool
    /// For each member written, the member whose key it takes and the member whose value it takes.
    private var picks: [(key: Int, value: Int)] = []

    /// Works out the order of members with `keys`.
    init(keys: [String]) {
        self.keys = keys
        isASCII = keys.allSatisfy(\.utf8.isASCII)
        // A dictionary, since strings are equal when canonically equivalent: "é" spelled as one scalar or two.
        var picked: [String: Int] = [:]
        for (index, key) in keys.enumerated() {
            if let earlier = picked[key] {
                picks[earlier].value = index
            } else {
                picked[key] = picks.count
                picks.append((index, index))
            }
        }
        picks.sort { Self.precedes(keys[$0.key], keys[$1.key]) }
    }

    /// Whether `members` have the keys this order was worked out for, byte for byte.
    func fits(_ members: [JSONMember]) -> Bool {
        // An equal string of equal UTF-8 length is the same bytes when one is ASCII: a different spelling needs a
        // longer character, such as U+212A for K.
        guard isASCII, members.count == keys.count else { return false }
        for index in keys.indices where members[index].key != keys[index] || members[index].key.utf8.count != keys[index].utf8.count {
            return false
        }
        return true
    }

    /// The members to write, in order.
    func apply(to members: [JSONMember]) -> [JSONMember] {
        picks.map { pick in
            pick.key == pick.value ? members[pick.key] : JSONMember(key: members[pick.key].key, value: members[pick.value].value)
        }
    }

    /// Whether `left`'s UTF-8 bytes sort before `right`'s.
    static func precedes(_ left: String, _ right: String) -> Bool {
        var left = left, right = right
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                let shorter = min(leftBytes.count, rightBytes.count)
                if shorter > 0, let leftStart = leftBytes.baseAddress, let rightStart = rightBytes.baseAddress {
                    let order = memcmp(leftStart, rightStart, shorter)
                    if order != 0 { return order < 0 }
                }
                return leftBytes.count < rightBytes.count
            }
        }
    }
}
