/// Reads and advances the number at the end of a pre-release: `rc1` → `rc2`, `rc.2` → `rc.3`.
struct PrereleaseCounter {
    /// The identifiers being counted.
    var identifiers: [PrereleaseIdentifier]

    /// The trailing number, 0 when there is none.
    var number: Int {
        switch identifiers.last {
        case .numeric(let value): return value
        case .alphanumeric(let label): return Int(label.drop { !$0.isNumber }) ?? 0
        case nil: return 0
        }
    }

    /// The identifiers with the trailing number one higher, keeping their form.
    func incremented() -> [PrereleaseIdentifier] {
        var result = identifiers
        switch identifiers.last {
        case .numeric(let value):
            result[result.count - 1] = .numeric(value + 1)
        case .alphanumeric(let label):
            let stem = label.prefix { !$0.isNumber }
            if stem.count == label.count {
                result.append(.numeric(1))
            } else {
                result[result.count - 1] = .alphanumeric("\(stem)\(number + 1)")
            }
        case nil:
            result = [.alphanumeric("rc1")]
        }
        return result
    }
}
