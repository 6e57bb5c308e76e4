/// A site build that failed: what went wrong, stamped with the pipeline step it failed in.
public struct SiteError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The pipeline step, such as `render releases`; empty before the pipeline starts.
    public var step: String
    /// What went wrong, and where.
    public var problem: Problem

    /// Creates an error; the pipeline stamps `step` when one of its steps throws.
    public init(step: String = "", _ problem: Problem) {
        self.step = step
        self.problem = problem
    }

    /// `site step 'render releases': components/a/v1.0.0.html: reason`, as one line.
    public var description: String {
        (step.isEmpty ? "" : "site step '\(step)': ") + problem.description
    }
}
