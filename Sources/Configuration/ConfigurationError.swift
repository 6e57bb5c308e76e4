/// A configuration file that cannot be used: the problem, and where in the file it is.
///
/// For example `.herald.yml:7: components[1].pathz: unknown key; known keys are name, paths, tagPrefix, images, manifests`.
public struct ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The configuration file as the user named it, for example `.herald.yml`.
    public var file: String
    /// The 1-based line of the offending key or value, when known.
    public var line: Int?
    /// The key path of the offending key or value, for example `components[1].paths[0]`, when known.
    public var keyPath: String?
    /// What is wrong.
    public var problem: Problem

    /// Creates an error about `file` at `line` and `keyPath`.
    public init(file: String, line: Int? = nil, keyPath: String? = nil, _ problem: Problem) {
        self.file = file
        self.line = line
        self.keyPath = keyPath
        self.problem = problem
    }

    /// `FILE:LINE: KEYPATH: PROBLEM`, leaving out what is unknown.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let keyPath, !keyPath.isEmpty { location += ": \(keyPath)" }
        return "\(location): \(problem)"
    }
}
