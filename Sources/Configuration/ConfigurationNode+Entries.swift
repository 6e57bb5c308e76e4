extension ConfigurationNode {
    /// The entries of a mapping whose keys are data (image names), not field names, each value with its key path.
    func entries() throws -> [(String, ConfigurationNode)] {
        let names = try keyNames()
        return try names.isEmpty ? [] : fields(names).fields
    }

    /// The scalar keys of a mapping, in the file's order.
    private func keyNames() throws -> [String] {
        guard case .mapping(let mapping) = node else { throw error(.expectedMapping(keys: ["IMAGE"], found: typeName)) }
        return mapping.compactMap { $0.key.scalar?.string }
    }
}
