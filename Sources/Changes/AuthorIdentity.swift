/// Turns a commit author into the name notes show: a GitHub login when the address reveals one.
enum AuthorIdentity {
    /// `12345+login@users.noreply.github.com` and `login@users.noreply.github.com` give `@login`; otherwise the name.
    static func display(name: String, email: String) -> String {
        let suffix = "@users.noreply.github.com"
        guard email.hasSuffix(suffix) else { return name.isEmpty ? email : name }
        let local = email.dropLast(suffix.count)
        let login = local.split(separator: "+", maxSplits: 1).last.map(String.init) ?? String(local)
        return login.isEmpty ? name : "@" + login
    }
}
