import Foundation

/// The whole pipeline: load and validate the content, render it, and write the output folder atomically.
public struct SiteBuilder: Sendable {
    public var content: URL
    public var templates: URL
    public var output: URL
    /// How the folders are named in messages (as the user typed them).
    public var contentDisplay: String
    public var templatesDisplay: String

    public init(content: URL, templates: URL, output: URL, contentDisplay: String, templatesDisplay: String) {
        self.content = content
        self.templates = templates
        self.output = output
        self.contentDisplay = contentDisplay
        self.templatesDisplay = templatesDisplay
    }

    /// Loads and validates the content and templates; every problem of both is reported together.
    public func validate() -> Result<(Site, TemplateSetHandle), ContentErrors> {
        let site = ContentLoader(root: content, displayRoot: contentDisplay).load()
        let templates = TemplateSet.load(root: self.templates, displayRoot: templatesDisplay)
        switch (site, templates) {
        case let (.success(site), .success(templates)):
            return .success((site, TemplateSetHandle(set: templates)))
        default:
            var diagnostics: [Diagnostic] = []
            if case .failure(let errors) = site { diagnostics += errors.diagnostics }
            if case .failure(let errors) = templates { diagnostics += errors.diagnostics }
            return .failure(ContentErrors(diagnostics))
        }
    }

    /// Renders every output file in memory.
    public func render() -> Result<[String: Data], ContentErrors> {
        validate().map { site, templates in SiteRenderer(site: site, templates: templates.set).render() }
    }

    /// Builds the site into the output folder. On content errors, the output folder is left untouched.
    public func build(projectRoot: URL) throws -> [String: Data] {
        let writer = OutputWriter(output: output)
        if let refusal = writer.check(sources: [content, templates], projectRoot: projectRoot) { throw refusal }
        let clock = PhaseClock()
        let (site, templates) = try validate().get()
        clock.lap("chargement et validation")
        let files = SiteRenderer(site: site, templates: templates.set).render()
        clock.lap("rendu")
        try writer.write(files)
        clock.lap("écriture")
        return files
    }
}

/// Loaded templates, opaque to the library's users.
public struct TemplateSetHandle {
    let set: TemplateSet
}

/// Prints the time of each build phase on standard error when `MONOGRAPH_TEMPS=1` (for benchmarks).
final class PhaseClock {
    private var last = ContinuousClock.now
    private let enabled = ProcessInfo.processInfo.environment["MONOGRAPH_TEMPS"] == "1"

    func lap(_ phase: String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        FileHandle.standardError.write(Data("\(phase) : \(now - last)\n".utf8))
        last = now
    }
}
