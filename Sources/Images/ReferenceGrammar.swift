/// The distribution reference grammar's rules for each part of an image reference.
enum ReferenceGrammar {
    /// The longest tag the grammar allows.
    static let maximumTagLength = 128

    /// Checks `host[:port]`, where host is a domain name, `localhost` or a bracketed IPv6 address.
    static func checkRegistry(_ registry: Substring) throws(ImagesError.ReferenceProblem) {
        var host = registry
        var port: Substring?
        if registry.hasPrefix("[") {
            guard let close = registry.firstIndex(of: "]") else {
                throw .unclosedIPv6(registry: String(registry))
            }
            let address = registry[registry.index(after: registry.startIndex)..<close]
            guard !address.isEmpty, address.allSatisfy({ $0.isHexDigit || $0 == ":" }) else {
                throw .invalidIPv6(registry: String(registry))
            }
            let after = registry[registry.index(after: close)...]
            guard after.isEmpty || after.hasPrefix(":") else {
                throw .textAfterIPv6(registry: String(registry), after: String(after))
            }
            host = registry[...close]
            port = after.isEmpty ? nil : after.dropFirst()
        } else {
            if let colon = registry.firstIndex(of: ":") {
                host = registry[..<colon]
                port = registry[registry.index(after: colon)...]
            }
            try checkDomain(host, of: registry)
        }
        if let port, port.isEmpty || !port.allSatisfy(isDigit) {
            throw .invalidPort(String(port), registry: String(registry))
        }
    }

    /// Checks dot-separated domain components of letters, digits and inner dashes.
    private static func checkDomain(_ host: Substring, of registry: Substring) throws(ImagesError.ReferenceProblem) {
        for component in host.split(separator: ".", omittingEmptySubsequences: false) {
            guard !component.isEmpty else {
                throw .emptyHostComponent(registry: String(registry))
            }
            if let bad = component.first(where: { !isAlphanumeric($0) && $0 != "-" }) {
                throw .invalidHostCharacter(bad, registry: String(registry))
            }
            guard component.first != "-", component.last != "-" else {
                throw .hostComponentDash(String(component), registry: String(registry))
            }
        }
    }

    /// Checks `/`-separated path components of lowercase letters and digits joined by `.`, `_`, `__` or dashes.
    static func checkPath(_ path: Substring) throws(ImagesError.ReferenceProblem) {
        guard !path.isEmpty else {
            throw .emptyPath
        }
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            guard !component.isEmpty else {
                throw .emptyPathComponent(path: String(path))
            }
            try checkPathComponent(component)
        }
    }

    private static func checkPathComponent(_ component: Substring) throws(ImagesError.ReferenceProblem) {
        if let bad = component.first(where: { !isLowerAlphanumeric($0) && !".-_".contains($0) }) {
            if bad.isASCII && bad.isUppercase {
                throw .uppercasePath(component: String(component))
            }
            throw .invalidPathCharacter(bad, component: String(component))
        }
        guard let first = component.first, let last = component.last,
              isLowerAlphanumeric(first), isLowerAlphanumeric(last) else {
            throw .pathComponentEdge(component: String(component))
        }
        var separator = ""
        for character in component {
            guard !isLowerAlphanumeric(character) else {
                guard separator.isEmpty || isSeparator(separator) else {
                    throw .invalidPathSeparator(separator, component: String(component))
                }
                separator = ""
                continue
            }
            separator.append(character)
        }
    }

    private static func isSeparator(_ text: String) -> Bool {
        text == "." || text == "_" || text == "__" || text.allSatisfy { $0 == "-" }
    }

    static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    static func isAlphanumeric(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }

    static func isLowerAlphanumeric(_ character: Character) -> Bool {
        character.isASCII && (character.isLowercase || character.isNumber)
    }
}
