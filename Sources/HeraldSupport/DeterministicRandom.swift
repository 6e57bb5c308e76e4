/// Seeded SplitMix64 numbers: the same on every machine, so a benchmark repository or a randomized test's input
/// is rebuilt exactly from its seed.
public struct DeterministicRandom: RandomNumberGenerator {
    /// The generator's whole state; advancing it is the only side effect.
    private var state: UInt64

    /// Starts the sequence that `seed` names.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 uniformly distributed bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in `0..<bound`; `bound` must be positive.
    public mutating func below(_ bound: Int) -> Int {
        // The modulo bias is below 2^-40 for the small bounds used here, which no measurement can see.
        Int(next() % UInt64(bound))
    }

    /// A number in `lowest...highest`.
    public mutating func between(_ lowest: Int, _ highest: Int) -> Int {
        lowest + below(highest - lowest + 1)
    }

    /// True with the given chance in percent.
    public mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    /// One element of a non-empty array.
    public mutating func pick<Element>(_ items: [Element]) -> Element {
        items[below(items.count)]
    }

    /// One of the choices, drawn in proportion to its weight.
    public mutating func weighted<Element>(_ choices: [(weight: Int, value: Element)]) -> Element {
        let total = choices.reduce(0) { $0 + $1.weight }
        var draw = below(total)
        for choice in choices {
            if draw < choice.weight {
                return choice.value
            }
            draw -= choice.weight
        }
        return choices[choices.count - 1].value
    }

    /// Hex digits that look like an abbreviated object name, for message text only.
    public mutating func hexWord(length: Int) -> String {
        let digits = Array("0123456789abcdef")
        var word = ""
        for _ in 0..<length {
            word.append(digits[below(16)])
        }
        return word
    }
}
