extension SiteConfiguration {
    /// Why a base URL was refused; `description` is one lowercase line saying how to write it instead.
    public enum BaseURLProblem: Error, Equatable, Sendable, CustomStringConvertible {
        /// Not an absolute `http` or `https` URL with a host.
        case notAbsolute(String)
        /// A query or fragment, which no published folder has.
        case hasQueryOrFragment(String)

        /// The problem and its fix, naming the text as given.
        public var description: String {
            switch self {
            case .notAbsolute(let text): return "'\(text)' is not an absolute http(s) url; write it like https://owner.github.io/project/"
            case .hasQueryOrFragment(let text): return "'\(text)' has a query or fragment; give the folder the site is published at"
            }
        }
    }
}
