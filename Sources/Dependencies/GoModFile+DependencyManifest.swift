/// go.mod as a dependency manifest: pseudo-versions read as short commits, GitHub-hosted modules link.
extension GoModFile: DependencyManifest {
    /// `go.mod`.
    public static var fileNames: [String] {
        ["go.mod"]
    }

    /// The short commit for a pseudo-version, else the version as written (see `ModuleVersion.displayText`).
    public static func versionText(_ version: String) -> String {
        ModuleVersion(version).displayText
    }

    /// A GitHub tree link, such as `https://github.com/Masterminds/sprig/tree/v2.22.0`, for a module under
    /// `github.com/OWNER/REPO` at a valid version; nil otherwise.
    public static func treeURL(module: String, version: String) -> String? {
        guard let location = GitHubModuleLocation(modulePath: module), let reference = reference(version) else { return nil }
        return location.treeURL(reference: reference)
    }

    /// A GitHub compare link, such as `https://github.com/go-jose/go-jose/compare/v4.1.1...v4.1.3`, for a module
    /// under `github.com/OWNER/REPO` between valid versions; nil otherwise.
    public static func compareURL(module: String, from: String, to: String) -> String? {
        guard let location = GitHubModuleLocation(modulePath: module),
              let old = reference(from), let new = reference(to)
        else { return nil }
        return location.compareURL(from: old, to: new)
    }

    /// The ref a link names, only for text Go accepts as a version, whose characters are safe in a URL.
    private static func reference(_ version: String) -> String? {
        GoSemanticVersion(version) == nil ? nil : ModuleVersion(version).reference
    }
}
