import Versioning

/// One form of tag a component pushes its images under, such as `vX.Y.Z`, `vX.Y`, `canary` or `X.Y-canary`, and the
/// repository it is pushed to when that is not the image's own (a staging registry for canaries).
public struct ImageTagForm: Sendable, Hashable, Codable {
    /// What a form's tag follows.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Each release's own version: `v1.2.3`.
        case release
        /// The highest stable release of each minor series: `v1.2`.
        case minor
        /// The highest stable release of each major series: `v1`.
        case major
        /// The default branch's latest build: `canary`.
        case canary
        /// Each release branch's latest build: `1.2-canary`.
        case lineCanary
    }

    /// What the tag follows.
    public var kind: Kind
    /// `v` when the tag spells versions with it.
    public var prefix: String
    /// The repository path the tag is pushed under instead of the image's own (its last path element kept), or nil.
    public var repository: String?

    /// The forms `form` may name, as the configuration spells them.
    public static let formNames = ["vX.Y.Z", "X.Y.Z", "vX.Y", "X.Y", "vX", "X", "canary", "X.Y-canary", "vX.Y-canary"]

    /// The form named `form` (one of `formNames`), pushed under `repository` when given; nil for an unknown name.
    public init?(form: String, repository: String? = nil) {
        let prefix = form.hasPrefix("v") ? "v" : ""
        switch form.dropFirst(prefix.count) {
        case "X.Y.Z": kind = .release
        case "X.Y": kind = .minor
        case "X": kind = .major
        case "canary" where prefix.isEmpty: kind = .canary
        case "X.Y-canary": kind = .lineCanary
        default: return nil
        }
        self.prefix = prefix
        self.repository = repository
    }

    /// The exact release tag, `vX.Y.Z`: what a component publishes when its configuration says nothing else.
    public static let exactRelease = [ImageTagForm(form: "vX.Y.Z")].compactMap { $0 }

    /// `vX.Y.Z` with the floating `vX.Y` and `vX` and the default branch's `canary`.
    public static let floatingSeries = ["vX.Y.Z", "vX.Y", "vX", "canary"].compactMap { ImageTagForm(form: $0) }

    /// The image `name` as this form pushes it: under `repository` when set, keeping the name's last path element.
    public func image(_ name: String) -> String {
        Self.image(name, under: repository)
    }

    /// `name` pushed under `repository` (nil: `name` itself), keeping the name's last path element.
    public static func image(_ name: String, under repository: String?) -> String {
        guard let repository else { return name }
        let last = name.split(separator: "/").last.map(String.init) ?? name
        return repository.hasSuffix("/") ? repository + last : repository + "/" + last
    }
}
