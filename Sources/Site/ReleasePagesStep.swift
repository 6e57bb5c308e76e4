import Changes
import CommonMark
import Foundation
import Images
import ReleaseNotes

/// Renders one page per release, on every core: notes, images, base, date, commit and neighbours.
struct ReleasePagesStep: SiteStep {
    let name = "render releases"

    /// One release page to make.
    struct Job: Sendable {
        var component: SiteComponent
        var index: Int
        /// The component's images, indexed by tag once for all its pages.
        var images: [ImageReferenceIndex]
    }

    func run(_ state: inout SiteState) throws {
        let jobs = state.content.components.flatMap { component in
            let images = component.images.map(ImageReferenceIndex.init)
            return component.releases.indices.map { Job(component: component, index: $0, images: images) }
        }
        // Release pages of a folder share one layout, rendered once; no navigation link marks them current.
        var shells: [String: LayoutShell] = [:]
        for component in state.content.components {
            let folder = state.paths.folder(of: component.name)
            if let shell = try state.shell(forPagesLike: folder + "/release.html") { shells[folder] = shell }
        }
        let snapshot = state
        let folderShells = shells
        let progress = ProgressCounter(total: jobs.count, report: state.progress, label: name)
        // A batch at a time, so only a batch of pages is in memory before it goes to the sink.
        try jobs.concurrentMap(batchesOf: SiteState.pageBatch, { job -> Swift.Result<(String, RenderedRelease), SiteError> in
            defer { progress.advance() }
            do {
                return .success(try snapshot.releasePage(job, shell: folderShells[snapshot.paths.folder(of: job.component.name)]))
            } catch let error as SiteError {
                return .failure(error)
            } catch {
                return .failure(SiteError(.unexpected(String(describing: error))))
            }
        }, each: { result in
            let (page, release) = try result.get()
            state.add(release.path, page)
            state.releases.append(release)
        })
    }
}
