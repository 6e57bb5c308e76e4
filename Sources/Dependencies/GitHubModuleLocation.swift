/// Where a Go module hosted at `github.com/OWNER/REPO[/rest]` lives, and the tag prefix the notes' links give it.
///
/// A nested module's tags carry its folder: `github.com/containerd/containerd/api` links `api/v1.9.0`. A rest that
/// is only a major-version suffix `vN` (N ≥ 2) adds nothing: `github.com/go-jose/go-jose/v4` links `v4.1.3`. Any
/// longer rest is kept whole, as the Kubernetes notes do: `…/external-snapshotter/client/v8` links
/// `client/v8/v8.4.0`.
public struct GitHubModuleLocation: Sendable, Hashable {
    /// The repository owner, with its case as written.
    public let owner: String
    /// The repository name, with its case as written.
    public let repository: String
    /// The module's folder plus `/`, such as `api/`; empty at the repository root or for a `vN` suffix alone.
    public let tagPrefix: String

    /// Reads a module path, or returns nil unless it is a valid module path under `github.com/OWNER/REPO`.
    public init?(modulePath: String) {
        guard GoModulePath.isValid(modulePath) else { return nil }
        let elements = modulePath.split(separator: "/", omittingEmptySubsequences: false)
        guard elements.count >= 3, elements[0] == "github.com" else { return nil }
        owner = String(elements[1])
        repository = String(elements[2])
        let rest = elements.dropFirst(3)
        if rest.isEmpty || (rest.count == 1 && Self.isMajorVersionSuffix(rest[rest.startIndex])) {
            tagPrefix = ""
        } else {
            tagPrefix = rest.joined(separator: "/") + "/"
        }
    }

    /// The repository's page, such as `https://github.com/containerd/containerd`.
    public var repositoryURL: String {
        "https://github.com/\(owner)/\(repository)"
    }

    /// The tree at one ref, such as `https://github.com/go-openapi/testify/tree/enable/yaml/v2/v2.0.2`.
    public func treeURL(reference: String) -> String {
        "\(repositoryURL)/tree/\(tagPrefix)\(reference)"
    }

    /// The comparison of two refs, such as `https://github.com/containerd/containerd/compare/api/v1.8.0...api/v1.9.0`.
    public func compareURL(from: String, to: String) -> String {
        "\(repositoryURL)/compare/\(tagPrefix)\(from)...\(tagPrefix)\(to)"
    }

    /// `v` and a number of at least 2 without a leading zero, as Go's major-version suffix is written.
    private static func isMajorVersionSuffix(_ element: Substring) -> Bool {
        let digits = element.utf8.dropFirst()
        guard element.utf8.first == UInt8(ascii: "v"), !digits.isEmpty, digits.first != UInt8(ascii: "0"),
              digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return false }
        return digits.count > 1 || digits.first != UInt8(ascii: "1")
    }
}
