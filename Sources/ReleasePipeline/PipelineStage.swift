/// The named stages of the release pipeline, in the order they run; a failing stage stamps its name on the error.
package enum PipelineStage: String, Sendable, CaseIterable {
    /// Refs given on the command line become commits.
    case resolveRefs = "resolve refs"
    /// One `git log` of the range, or of every release.
    case readGraph = "read commit graph"
    /// Changes on release branches are linked to their originals on the default branch.
    case linkBranches = "link release branches"
    /// Pull request labels and descriptions reclassify the changes.
    case readPullRequests = "read pull requests"
    /// Manifests at each release pin images.
    case readImages = "read images"
    /// Changelog files the repository keeps give releases their published text.
    case readPublished = "read published changelogs"
    /// Module files at each release and its base pin dependencies.
    case readDependencies = "read dependencies"

    /// Runs `body`; an error it throws comes out as a `ReleasePipelineError` naming this stage, unless a stage
    /// inside it already named itself.
    package func run<Value>(_ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as ReleasePipelineError {
            throw error
        } catch {
            throw ReleasePipelineError(stage: self, underlying: error)
        }
    }
}

/// An error of one pipeline stage: the module's error as it was thrown, and the stage it was thrown in.
package struct ReleasePipelineError: Error, CustomStringConvertible {
    /// The stage that failed.
    package var stage: PipelineStage
    /// What went wrong, as the stage's module said it.
    package var underlying: any Error

    /// `pipeline stage 'read pull requests': …`.
    package var description: String { "pipeline stage '\(stage.rawValue)': \(underlying)" }
}
