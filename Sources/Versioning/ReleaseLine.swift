/// The branch an unreleased HEAD is on, which decides the version it would be released as.
public enum ReleaseLine: Sendable, Equatable {
    /// The default branch, where minor and major releases are cut.
    case defaultBranch(String?)
    /// A `release-X.Y` maintenance branch, where only patch releases are cut.
    case maintenance(major: Int, minor: Int)

    /// The line a branch name implies: `release-1.2` (or `origin/release-1.2`) is a maintenance line.
    public init(branch: String?) {
        guard let branch, let range = branch.range(of: "release-", options: .backwards) else {
            self = .defaultBranch(branch)
            return
        }
        let numbers = branch[range.upperBound...].split(separator: ".")
        if numbers.count == 2, let major = Int(numbers[0]), let minor = Int(numbers[1]),
           range.lowerBound == branch.startIndex || branch[branch.index(before: range.lowerBound)] == "/" {
            self = .maintenance(major: major, minor: minor)
        } else {
            self = .defaultBranch(branch)
        }
    }

    /// The branch's name for messages.
    public var branchName: String {
        switch self {
        case .defaultBranch(let name): return name ?? "the default branch"
        case .maintenance(let major, let minor): return "release-\(major).\(minor)"
        }
    }
}
