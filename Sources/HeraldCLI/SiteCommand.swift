import ArgumentParser
import Configuration
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `herald site`: the static site of every release, its notes and images, and the docs pages.
struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Build the static HTML site of every release and the docs pages."
    )

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var verbosityOptions: VerbosityOptions
    @OptionGroup var templateOptions: TemplateOptions

    @Option(help: "The folder to write the site to; it is replaced as a whole.")
    var output = "_site"

    @Option(name: .customLong("base-url"), help: "The absolute URL the site is published at (for sitemap.xml and feeds).")
    var baseURL: String?

    @Option(help: "A folder of Markdown pages to add (default: site.docs of the configuration, else REPO/site).")
    var docs: String?

    func validate() throws {
        if let baseURL, case .failure(let problem) = SiteConfiguration.parseBaseURL(baseURL) {
            throw ValidationError("--base-url: \(problem)")
        }
        if output.isEmpty { throw ValidationError("--output needs a folder") }
    }

    func run() throws {
        try Console.run(verbosityOptions.verbosity) {
            try SiteAction(
                repo: repository.repo, output: output, baseURL: baseURL, templates: templateOptions.templates,
                config: repository.config, component: repository.component, docs: docs, progress: ProgressLine.standardError()
            ).run()
        }
    }
}
