extension Sequence<UInt8> {
    /// Whether every byte is ASCII: text that is, is read as bytes where characters and bytes agree.
    @inlinable package var isASCII: Bool { allSatisfy { $0 < 0x80 } }

    /// The bytes with ASCII's capital letters made small, every other byte as it is.
    @inlinable package var lowercasedASCII: [UInt8] { map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 } }
}
