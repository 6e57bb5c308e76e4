/// A site build that failed, stamped with the pipeline step it failed in.
public struct SiteError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The pipeline step, such as `render releases`; empty before the pipeline starts.
    public var step: String
    /// What was being made, such as a page or a file.
    public var context: String
    /// Why, and what to do.
    public var reason: String

    /// Creates an error.
    public init(step: String = "", context: String, reason: String) {
        self.step = step
        self.context = context
        self.reason = reason
    }

    /// `site step 'render releases': components/a/v1.0.0.html: reason`, as one line.
    public var description: String {
        let prefix = step.isEmpty ? "" : "site step '\(step)': "
        return prefix + (context.isEmpty ? reason : "\(context): \(reason)")
    }
}
