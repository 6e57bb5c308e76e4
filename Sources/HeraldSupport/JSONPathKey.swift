/// A key in a coding path that no `CodingKey` type of the value names: an array index, or `super`. An enum, small
/// enough to be held in an existential without an allocation.
enum JSONPathKey: CodingKey {
    /// The array element at this index.
    case index(Int)
    /// The key under which a keyed container's super encoder writes.
    case superclass

    /// `super`, the only name the type has.
    init?(stringValue: String) {
        guard stringValue == "super" else { return nil }
        self = .superclass
    }

    /// The array element at `intValue`.
    init?(intValue: Int) {
        self = .index(intValue)
    }

    /// The name, `Index 3` for an element as `JSONEncoder` names it.
    var stringValue: String {
        switch self {
        case .index(let index): return "Index \(index)"
        case .superclass: return "super"
        }
    }

    /// The index of an element.
    var intValue: Int? {
        if case .index(let index) = self { return index }
        return nil
    }
}
