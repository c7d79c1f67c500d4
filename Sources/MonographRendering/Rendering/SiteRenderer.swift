import Foundation
import MonographCore
import MonographViews

/// Renders a validated site as jobs: one per output file, each with the inputs it is rendered from.
///
/// The computed views are jobs too (`ViewJob`), rendered once each for every page that places them.
/// What each file holds never depends on the order in which jobs run.
package struct SiteRenderer {
    package let site: Site
    package let markdown: Markdown
    let layout: PageLayout
    package let views: ViewSet
    /// The views' inputs, shared by the views and `synthese.json`.
    package let inputs = SharedInputs()
    let assets: [(path: String, data: Data)]
    /// Whether the build indexes the site for search, shown on the search page.
    package let search: SearchStatus

    /// A rendering of `site` with `templates`. `views` receives the job of each computed view and gives
    /// the job that stands for it (`serve` keeps views this way).
    package init(
        site: Site, templates: TemplateSet, search: SearchStatus = .unavailable(SearchStatus.missingReason),
        views: (ViewJob) -> ViewJob = { $0 }
    ) {
        self.site = site
        self.search = search
        let markdown = Markdown(options: MarkdownOptions(allowRawHTML: site.settings.htmlBrut))
        self.markdown = markdown
        layout = PageLayout(templates: templates, settings: site.settings, navigation: Navigation(site), hasFeed: Self.hasFeed(site))
        // The link to each network, made once for all views.
        let linkTexts = LazyValue {
            Dictionary(site.monographs.map { ($0.slug, Markdown.plainHTML($0.nom)) }, uniquingKeysWith: { first, _ in first })
        }
        let jobs = ViewCatalog.all.map { [inputs] in ViewJob($0, site: site, markdown: markdown, linkTexts: linkTexts, inputs: inputs) }
        self.views = ViewSet(jobs.map(views), uses: ViewSet.uses(in: site))
        assets = templates.assets
    }

    /// Whether `flux.xml` is written: it needs the site's address and at least one version (FORMAT §9).
    package static func hasFeed(_ site: Site) -> Bool {
        site.settings.url != nil && !site.versions.versions.isEmpty
    }

    /// Every output file, keyed by its path relative to the output folder.
    package func render() -> [String: Data] {
        var collector = FileCollector()
        // A collector never throws.
        try? collector.putAll(jobs())
        return collector.files
    }

    /// Hands every output file to `sink`, which runs the jobs on every core and writes each file as soon
    /// as it is made, so that a build of thousands of monographs never holds their pages in memory.
    package func render(into sink: inout some FileSink) throws {
        try sink.putAll(jobs())
    }

    /// Every output file as a job; `heavy` jobs are the pages and files built from the whole site.
    package func jobs() -> [OutputJob] {
        let (site, markdown, layout, views) = (site, markdown, layout, views)
        var jobs = JobList()
        jobs.add("index.html", heavy: true, HomePage.Inputs(site)) { .text(HomePage.render($0, layout, markdown)) }
        for index in site.monographs.indices { addJobs(ofMonographAt: index, to: &jobs) }
        for index in site.booklet.indices {
            jobs.add(
                "livret/\(site.booklet[index].slug)/index.html", heavy: true, ProsePages.BookletInputs(site, index: index),
                views: site.booklet[index].body.views.compactMap { ViewID(rawValue: $0.id) }
            ) {
                .parts(ProsePages.booklet($0, layout, views: views))
            }
        }
        if let page = site.synthesis {
            jobs.add(
                "synthese/index.html", heavy: true, ProsePages.SynthesisInputs(page, site),
                views: page.body.views.compactMap { ViewID(rawValue: $0.id) }
            ) {
                .parts(ProsePages.synthesis($0, layout, views: views))
            }
        }
        jobs.add("referentiel/index.html", Navigation(site)) { _ in .text(ReferentielPage.render(site.referentiel, layout, markdown)) }
        jobs.add("404.html", Navigation(site)) { _ in .text(NotFoundPage.render(layout)) }
        // The explorer's pages depend on the weight of every row (`ExplorerPlan`): laid out now, rendered as jobs.
        let explorer = ExplorerPlan(site)
        let explorerPages = explorer.pages.map { "explorateur/\($0.scope.path)index.html" }
        for (index, path) in explorerPages.enumerated() {
            jobs.add(path, heavy: true, ExplorerPage.Inputs(site, explorer, page: index)) {
                .parts(ExplorerPage.render($0, layout, markdown, referentiel: site.referentiel))
            }
        }
        let explorerLinks = zip(explorer.pages, explorerPages).map {
            SiteMapPage.Link(path: $1, title: ExplorerPage.title($0.scope, site.referentiel))
        }
        jobs.add("plan-du-site/index.html", heavy: true, SiteMapPage.Inputs(site, explorer: explorerLinks)) { .parts(SiteMapPage.render($0, layout)) }
        jobs.add("\(CollectionStatePage.path)index.html", heavy: true, Navigation(site), views: [.completude]) { _ in
            .parts(CollectionStatePage.render(layout, views: views))
        }
        jobs.add("accessibilite/index.html", Navigation(site)) { _ in .parts(AccessibilityPage.render(layout)) }
        jobs.add("donnees/index.html", OpenDataPage.Inputs(site)) { .parts(OpenDataPage.render($0, layout)) }
        jobs.add("\(LegalNoticePage.path)index.html", Navigation(site)) { _ in .parts(LegalNoticePage.render(site.settings, layout)) }
        jobs.add("recherche/index.html", heavy: true, SearchPage.Inputs(site, status: search)) {
            .parts(SearchPage.render($0, site.referentiel, layout))
        }
        // Every page so far, the 404 page aside: what a sitemap lists.
        let pages = jobs.jobs.map(\.path).filter { $0.hasSuffix("index.html") }
        // A sitemap lists absolute addresses: without the site's (`url`), none is written (FORMAT §2).
        if let url = site.settings.url {
            // The date of each monograph and booklet page's last change, when known (FORMAT §9).
            var dates: [String: String] = [:]
            for m in site.monographs {
                dates["reseaux/\(m.slug)/index.html"] = m.lastModified
                dates[HistoryPage.path(m.slug) + "index.html"] = m.lastCommitDate
            }
            for page in site.booklet { dates["livret/\(page.slug)/index.html"] = page.lastModified }
            let lastModified = dates
            jobs.add("sitemap.xml", pages.sorted().map { Sitemap.Page(path: $0, lastModified: lastModified[$0]) }) {
                .text(Sitemap.render(pages: $0, url: url))
            }
        }
        if let url = site.settings.url, Self.hasFeed(site) {
            jobs.add(Feed.path, heavy: true, Feed.entries(site)) { .text(Feed.render($0, settings: site.settings, url: url)) }
        }
        jobs.add("donnees/reseaux.json", heavy: true, site.monographs) { .list(OpenData.monographsJSON($0)) }
        jobs.add("donnees/reseaux.csv", heavy: true, site.monographs.map(OpenData.CSVRow.init)) { .text(OpenData.monographsCSV($0)) }
        jobs.add("donnees/pratiques.csv", heavy: true, site.monographs) { .list(OpenData.practicesCSV($0)) }
        jobs.add("donnees/innovations.csv", heavy: true, site.monographs) { .list(OpenData.innovationsCSV($0)) }
        // It describes the tables from their declaration, the referentiel and the settings alone.
        jobs.add("donnees/datapackage.json", JobInputs.constant) { _ in
            .text(OpenData.dataPackage(settings: site.settings, referentiel: site.referentiel))
        }
        jobs.add("donnees/catalogue.jsonld", OpenData.lastUpdate(site)) { .text(OpenData.catalog(settings: site.settings, modified: $0)) }
        // The figures are those of the views: the views' inputs are this file's.
        jobs.add("donnees/synthese.json", heavy: true, JobInputs.constant, views: ViewID.allCases) { _ in
            .text(OpenData.synthesisJSON(site.monographs, referentiel: site.referentiel, inputs: inputs))
        }
        jobs.add("donnees/schema/reseau.schema.json", JobInputs.constant) { _ in .text(FrontMatterSchema.json(referentiel: site.referentiel)) }
        for asset in assets {
            let data = asset.data
            jobs.add(asset.path, JobInputs.constant) { _ in .data(data) }
        }
        return jobs.jobs
    }

    /// The files of the monograph at `index`: its page (which names its neighbours in the home order), its
    /// history page and its citations. `serve` writes them first when only that monograph's file changed.
    package func jobs(ofMonographAt index: Int) -> [OutputJob] {
        var jobs = JobList()
        addJobs(ofMonographAt: index, to: &jobs)
        return jobs.jobs
    }

    private func addJobs(ofMonographAt index: Int, to jobs: inout JobList) {
        let (site, markdown, layout, views) = (site, markdown, layout, views)
        let m = site.monographs[index]
        jobs.add("reseaux/\(m.slug)/index.html", MonographPage.Inputs(site, index: index), views: m.body.views.compactMap { ViewID(rawValue: $0.id) })
        {
            .data(Data(MonographPage.render($0, layout, markdown, referentiel: site.referentiel, views: views).utf8))
        }
        if let versions = site.versions.versions[m.slug] {
            jobs.add(
                HistoryPage.path(m.slug) + "index.html",
                HistoryPage.Inputs(slug: m.slug, nom: m.nom, versions: versions, navigation: Navigation(site))
            ) {
                .parts(HistoryPage.render($0, layout))
            }
        }
        // The inputs are the monograph (with the settings, which drop every output kept when they
        // change): comparing an unchanged one costs a pointer comparison, less than making the citation.
        jobs.add("reseaux/\(m.slug)/citation.bib", m) { .text(Citation($0, settings: site.settings).bibTeX) }
        jobs.add("reseaux/\(m.slug)/citation.json", m) { .text(Citation($0, settings: site.settings).cslJSON) }
    }
}

/// The jobs of a rendering, as they are listed.
private struct JobList {
    var jobs: [OutputJob] = []

    mutating func add<Inputs: Equatable & Sendable>(
        _ path: String, heavy: Bool = false, _ inputs: @autoclosure @escaping @Sendable () -> Inputs, views: [ViewID] = [],
        _ make: @escaping @Sendable (Inputs) throws -> OutputJob.Content
    ) {
        // The inputs are computed once, when the job is run or compared, and the page is rendered from them.
        let projection = LazyValue(inputs)
        jobs.append(OutputJob(path: path, heavy: heavy, inputs: JobInputs(projection.value), views: views) { try make(projection.value) })
    }
}
