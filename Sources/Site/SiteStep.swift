/// One named stage of the site pipeline; a failure inside it is stamped with its name.
protocol SiteStep: Sendable {
    /// The name errors and progress lines show, such as `render releases`.
    var name: String { get }
    /// Adds the step's files to `state`.
    func run(_ state: inout SiteState) throws
}
