/// Something the build left out or cut, for the command to print as a warning.
public struct SiteWarning: Sendable, Equatable {
    /// A stable, kebab-case code, such as `unsafe-svg`.
    public var code: String
    /// One lowercase line naming what was left out or cut, and why.
    public var message: String

    /// Creates a warning.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}
