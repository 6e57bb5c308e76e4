/// The environment of every git process Herald starts: no prompts, no pager, and no way to fetch objects.
///
/// Herald never makes git fetch. In a partial clone, git fetches a missing object from its promisor
/// remote as soon as anything asks for it, and a remote that never answers blocks Herald for good.
/// `GIT_NO_LAZY_FETCH` turns that off from git 2.44 on. Older gits ignore it, so `GIT_ALLOW_PROTOCOL`
/// also names no transport: every fetch, lazy or not, fails at once without touching the network,
/// and git reports the object missing or ends (`GitObjectReader` carries on after that).
enum GitEnvironment {
    /// A `GIT_ALLOW_PROTOCOL` that matches no transport (file, git, ssh, http(s), ext or a remote helper).
    static let noTransport = "herald-never-fetches"

    /// The variables set on top of the inherited environment.
    static let overrides = [
        "LC_ALL": "C",
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_PAGER": "cat",
        "GIT_NO_LAZY_FETCH": "1",
        "GIT_ALLOW_PROTOCOL": noTransport,
    ]
}
