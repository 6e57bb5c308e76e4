/// The distribution reference grammar's rules for each part of an image reference.
enum ReferenceGrammar {
    /// The longest tag the grammar allows.
    static let maximumTagLength = 128

    /// An error whose context the caller fills in.
    static func problem(_ reason: String) -> ImagesError {
        ImagesError(context: "", reason: reason)
    }

    /// Checks `host[:port]`, where host is a domain name, `localhost` or a bracketed IPv6 address.
    static func checkRegistry(_ registry: Substring) throws(ImagesError) {
        var host = registry
        var port: Substring?
        if registry.hasPrefix("[") {
            guard let close = registry.firstIndex(of: "]") else {
                throw problem("registry '\(shown(registry))' opens '[' without ']'; write an IPv6 address as '[::1]'")
            }
            let address = registry[registry.index(after: registry.startIndex)..<close]
            guard !address.isEmpty, address.allSatisfy({ $0.isHexDigit || $0 == ":" }) else {
                throw problem("registry '\(shown(registry))' has no valid IPv6 address between '[' and ']'")
            }
            let after = registry[registry.index(after: close)...]
            guard after.isEmpty || after.hasPrefix(":") else {
                throw problem("registry '\(shown(registry))' has '\(shown(after))' after ']'; only ':port' may follow")
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
            throw problem("port '\(shown(port))' of registry '\(shown(registry))' is not a number")
        }
    }

    /// Checks dot-separated domain components of letters, digits and inner dashes.
    private static func checkDomain(_ host: Substring, of registry: Substring) throws(ImagesError) {
        for component in host.split(separator: ".", omittingEmptySubsequences: false) {
            guard !component.isEmpty else {
                throw problem("registry '\(shown(registry))' has an empty host component; remove the extra '.'")
            }
            if let bad = component.first(where: { !isAlphanumeric($0) && $0 != "-" }) {
                throw problem("registry '\(shown(registry))' has '\(shown(String(bad)))', which host names cannot contain")
            }
            guard component.first != "-", component.last != "-" else {
                throw problem("registry '\(shown(registry))' has host component '\(component)' that starts or ends with '-'")
            }
        }
    }

    /// Checks `/`-separated path components of lowercase letters and digits joined by `.`, `_`, `__` or dashes.
    static func checkPath(_ path: Substring) throws(ImagesError) {
        guard !path.isEmpty else {
            throw problem("path is empty; name the image, such as 'library/ubuntu'")
        }
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            guard !component.isEmpty else {
                throw problem("path '\(shown(path))' has an empty component; remove the extra '/'")
            }
            try checkPathComponent(component)
        }
    }

    private static func checkPathComponent(_ component: Substring) throws(ImagesError) {
        let text = shown(component)
        if let bad = component.first(where: { !isLowerAlphanumeric($0) && !".-_".contains($0) }) {
            if bad.isASCII && bad.isUppercase {
                throw problem("path component '\(text)' has uppercase letters; image paths are lowercase")
            }
            throw problem("path component '\(text)' has '\(shown(String(bad)))', which image paths cannot contain")
        }
        guard let first = component.first, let last = component.last,
              isLowerAlphanumeric(first), isLowerAlphanumeric(last) else {
            throw problem("path component '\(text)' must start and end with a lowercase letter or digit")
        }
        var separator = ""
        for character in component {
            guard !isLowerAlphanumeric(character) else {
                guard separator.isEmpty || isSeparator(separator) else {
                    throw problem("path component '\(text)' joins its parts with '\(separator)'; "
                        + "separators are '.', '_', '__' or dashes")
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

    static func shown<Text: StringProtocol>(_ text: Text) -> String {
        ImageReference.printable(text)
    }
}
