import HeraldSupport

/// Turns a commit author into the name notes show: a GitHub login when the address reveals one.
enum AuthorIdentity {
    /// `12345+login@users.noreply.github.com` and `login@users.noreply.github.com` give `@login`; otherwise the name.
    static func display(name: String, email: String) -> String {
        let bytes = email.utf8
        // Every author of every release comes through here: an ASCII address, nearly all of them, is read as bytes,
        // where characters and bytes agree.
        guard bytes.isASCII else { return characterDisplay(name: name, email: email) }
        guard bytes.count >= suffix.utf8.count, bytes.reversed().starts(with: suffix.utf8.reversed()) else {
            return name.isEmpty ? email : name
        }
        let local = bytes.dropLast(suffix.utf8.count)
        let login = local.split(separator: UInt8(ascii: "+"), maxSplits: 1).last ?? local
        return login.isEmpty ? name : "@" + String(decoding: login, as: UTF8.self)
    }

    /// `display` read by characters, for addresses beyond ASCII.
    static func characterDisplay(name: String, email: String) -> String {
        guard email.hasSuffix(suffix) else { return name.isEmpty ? email : name }
        let local = email.dropLast(suffix.count)
        let login = local.split(separator: "+", maxSplits: 1).last.map(String.init) ?? String(local)
        return login.isEmpty ? name : "@" + login
    }

    /// The domain GitHub gives the addresses that keep an author's own private.
    private static let suffix = "@users.noreply.github.com"
}
