extension String {
    /// The text followed by spaces up to `width` characters, for a column of a plain-text table; longer text is kept whole.
    ///
    /// Counted in characters, as the widths are: Foundation's `padding(toLength:)` counts UTF-16 units, so it cuts a
    /// column's widest text in half when it holds an emoji.
    func padded(toWidth width: Int) -> String {
        let missing = width - count
        return missing > 0 ? self + String(repeating: " ", count: missing) : self
    }
}
