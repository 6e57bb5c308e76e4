import Foundation

/// Builds `csi-sample-sidecar`, a Kubernetes-CSI-sidecar-like history for `herald demo` and golden tests.
///
/// Tags and the branch they sit on: v1.0.0, v1.1.0-rc1, v1.1.0-rc2, v1.1.0-rc2-webhook (stray), client/v0.1.0
/// (not a release), v2.0.0-rc1 and v2.0.0 on `main`; v1.0.1 on `release-1.0`; v1.1.0 and v1.1.1 on
/// `release-1.1` (so v1.1.0 is not an ancestor of `main`). Unreleased PRs follow v2.0.0 on `main`.
public enum DemoRepository {
    /// The container image, without tag, pinned in `deploy/kubernetes/deployment.yaml`.
    public static let image = "registry.k8s.io/sig-storage/csi-sample-sidecar"
    /// The GitHub URL recorded as the `origin` remote (nothing is ever fetched from it).
    public static let remoteURL = "https://github.com/kubernetes-csi/csi-sample-sidecar.git"

    /// Builds the history at `path` (created if missing, refused if not empty) with `main` checked out.
    public static func build(at path: String) throws -> ScratchRepository {
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        guard existing.isEmpty else {
            throw ScratchRepositoryError(command: "init", reason: "\(path) is not empty")
        }
        let repository = try ScratchRepository(path: path)
        try repository.git("remote", "add", "origin", remoteURL)
        try buildVersion1(repository)
        try buildVersion1Patch(repository)
        let releasedFix = try buildVersion1_1(repository)
        try buildVersion2(repository, reverting: releasedFix)
        try buildUnreleased(repository)
        return repository
    }

    /// Moves the clock on by `days`, so releases land weeks apart as in a real project.
    static func wait(days: Int, _ repository: ScratchRepository) {
        repository.clock += days * 86_400
    }

    /// Merges a "Prepare release" PR that pins the image at `version`, then tags it.
    @discardableResult
    static func release(
        _ version: String, pr number: Int, on repository: ScratchRepository, squash: Bool = false
    ) throws -> String {
        let title = "Prepare release \(version)"
        let files = ["deploy/kubernetes/deployment.yaml": DemoFiles.deployment(version)]
        let sha = if squash {
            try repository.squashPR(number: number, title: title, files: files, author: .bob)
        } else {
            try repository.mergePR(
                number: number, title: title, branch: "prepare-\(version)", owner: "bob", author: .bob,
                commits: [("Update image to \(version)", files)]
            )
        }
        // Release candidates get lightweight tags, final releases annotated ones, as many projects do.
        let isCandidate = version.contains("-rc")
        try repository.tag(version, annotated: !isCandidate, message: isCandidate ? nil : "Release \(version)")
        return sha
    }

    /// Backports `sha` (a commit on `main`) to `branch` through a cherry-pick PR like the Kubernetes robot opens.
    @discardableResult
    static func backport(
        _ sha: String, from original: Int, title: String, pr number: Int, to branch: String,
        on repository: ScratchRepository
    ) throws -> String {
        try repository.checkout(branch)
        return try repository.mergePR(
            number: number, title: "[\(branch)] \(title)", branch: "cherry-pick-\(original)-to-\(branch)",
            owner: "k8s-infra-cherrypick-robot"
        ) { try $0.cherryPick(sha) }
    }
}
