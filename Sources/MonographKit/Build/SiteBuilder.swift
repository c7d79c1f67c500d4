import Foundation
import MonographCore
import MonographRendering
import MonographViews

/// The whole pipeline: load and validate the content, render it, and write the output folder atomically.
public struct SiteBuilder: Sendable {
    /// The content folder (`Content/`).
    public var content: URL
    /// The templates and static assets (`Templates/`).
    public var templates: URL
    /// The output folder (`Output/`), replaced as a whole by each build.
    public var output: URL
    /// How the content folder is named in messages (as the user typed it).
    public var contentDisplay: String
    /// How the templates folder is named in messages (as the user typed it).
    public var templatesDisplay: String
    /// The search indexer, run over the staged output before the swap; without one, the site has no
    /// search index and its search page says why.
    public var indexer: SearchIndexer?
    /// Why there is no indexer, when there is none: said by the build and shown on the search page.
    public var withoutIndexerReason = SearchStatus.missingReason

    /// A builder of the site of `content` and `templates` into `output`.
    public init(
        content: URL, templates: URL, output: URL, contentDisplay: String, templatesDisplay: String, indexer: SearchIndexer? = nil
    ) {
        self.content = content
        self.templates = templates
        self.output = output
        self.contentDisplay = contentDisplay
        self.templatesDisplay = templatesDisplay
        self.indexer = indexer
    }

    /// Whether the site built will have a search index.
    var searchStatus: SearchStatus {
        indexer == nil ? .unavailable(withoutIndexerReason) : .indexed
    }

    /// Loads and validates the content and templates; every problem of both is reported together.
    package func validate() -> Result<(Site, TemplateSetHandle), ContentErrors> {
        let loader = ContentLoader(root: content, displayRoot: contentDisplay)
        // Run from the wrong folder, nothing else is worth saying.
        if let missing = loader.missingFolder() { return .failure(ContentErrors([missing])) }
        let site = loader.load()
        let templates = TemplateSet.load(root: self.templates, displayRoot: templatesDisplay)
        switch (site, templates) {
        case (.success(let site), .success(let templates)):
            return .success((site, TemplateSetHandle(set: templates)))
        default:
            var diagnostics: [Diagnostic] = []
            if case .failure(let errors) = site { diagnostics += errors.diagnostics }
            if case .failure(let errors) = templates { diagnostics += errors.diagnostics }
            return .failure(ContentErrors(diagnostics))
        }
    }

    /// Renders every output file in memory.
    package func render() -> Result<[String: Data], ContentErrors> {
        validate().map { site, templates in
            SiteRenderer(site: withVersions(site), templates: templates.set, search: searchStatus).render()
        }
    }

    /// `site` with the versions of its monographs read from git (FORMAT §9).
    func withVersions(_ site: Site) -> Site {
        var site = site
        site.versions = VersionHistory.read(site, content: content)
        return site
    }

    /// What a build wrote.
    public struct Report: Sendable {
        /// Relative paths of the files written, in writing order.
        public var files: [String] = []
        /// How many HTML pages were written.
        public var pages: Int { files.filter { $0.hasSuffix(".html") }.count }
        /// What the build chose not to write, and why, in French: said once per build.
        public var notes: [String] = []
        /// What `site.yml` leaves out that a page then says is missing (the legal notice's fields).
        public var warnings: [Diagnostic] = []
    }

    /// Builds the site into the output folder, writing pages as they are rendered, and indexes it for
    /// search meanwhile. On content errors, or if the indexer fails, the output folder is left untouched.
    @discardableResult
    public func build(projectRoot: URL) throws -> Report {
        let writer = OutputWriter(output: output)
        if let refusal = writer.check(sources: [content, templates], projectRoot: projectRoot) { throw refusal }
        let clock = PhaseClock()
        let (validated, templates) = try validate().get()
        clock.lap("chargement et validation")
        let site = withVersions(validated)
        clock.lap("historique des versions")
        Memory.releaseFreedPages()
        var report = Report()
        report.warnings = site.settings.warnings
        let search = searchStatus
        report.files = try writer.write { sink in
            let renderer = SiteRenderer(site: site, templates: templates.set, search: search)
            guard let indexer else {
                try renderer.render(into: &sink)
                clock.lap("rendu et écriture")
                return
            }
            // The indexer reads the search documents, made from the content before any page, while the
            // pages are rendered. It takes longer than they do, so they are rendered on one core at a
            // lower priority, leaving it the processors it can use. Its index lands in the staged output:
            // a failure leaves the output as it was.
            let indexing = try indexer.start(SearchDocuments(site: site, markdown: renderer.markdown), in: URL(fileURLWithPath: sink.folder.root))
            defer { indexing.cancel() }
            clock.lap("documents de recherche")
            sink.oneCore = true
            var staged = sink
            sink = try Yielding.run {
                try renderer.render(into: &staged)
                return staged
            }
            clock.lap("rendu et écriture")
            try indexing.finish()
        }
        if case .unavailable(let reason) = search {
            report.notes.append("la recherche n’est pas indexée : " + reason + ".")
        }
        if site.settings.url == nil {
            report.notes.append(
                "sitemap.xml et flux.xml ne sont pas écrits : ils ne peuvent donner que des adresses absolues. "
                    + "Ajoutez l’adresse publique du site à site.yml (« url: https://… ») pour les obtenir, "
                    + "avec les liens canoniques et les adresses Open Graph.")
        }
        clock.lap(indexer == nil ? "mise en place de la sortie" : "fin de l’index de recherche et mise en place de la sortie")
        return report
    }
}

/// Loaded templates, opaque to the library's users.
package struct TemplateSetHandle {
    let set: TemplateSet
}
