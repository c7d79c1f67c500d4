import Foundation

/// Renders a validated site into output files (path relative to the output folder → bytes).
struct SiteRenderer {
    let site: Site
    let templates: TemplateSet
    /// The synthesis of the monographs, computed when a page first needs it (with a cache, only when
    /// what it counts has changed).
    var synthesis: Synthesis { synthesisBox.value }
    private let synthesisBox: LazyValue<Synthesis>
    let markdown: Markdown
    /// Network names by slug, for the views' links.
    let names: [String: String]
    /// The same names with French typography, escaped: the text of the views' links, made once.
    private let linkTexts: LazyValue<[String: String]>
    /// The revision of each network's monograph, by slug, for the rows the views keep (`ViewRows`).
    private let revisions: LazyValue<[String: Int]>
    /// The layout contexts with their rendered header and footer, by page kind.
    private let chromeCache = LockedCache<String, [String: Any]>()
    /// The computed views rendered by this rendering, each kept until the last page that places it.
    private let builtViews: SharedViews

    /// With a cache: the generations of the parts of the site that site-wide outputs depend on (one part
    /// per computed view; the synthesis, its data and the pages placing views depend on all of them).
    private let generations: (home: Int, views: [ViewID: Int], navigation: Int)?
    private let cache: RenderCache?

    init(site: Site, templates: TemplateSet, cache: RenderCache? = nil) {
        self.site = site
        self.templates = templates
        self.cache = cache
        let generations = cache.map { cache in
            (home: cache.generation("accueil", site.monographs, extra: SiteParts.navigation(site), SiteParts.homeCard),
             views: Dictionary(uniqueKeysWithValues: ViewID.allCases.map { view in
                 (view, cache.generation("vue " + view.rawValue, site.monographs, extra: 0) { SiteParts.viewEntry(view, $0) })
             }),
             navigation: cache.generation("navigation", SiteParts.navigation(site)))
        }
        self.generations = generations
        // How many times each view is placed, so that a view shared by several pages is dropped after
        // its last use (a view over thousands of networks weighs megabytes).
        var uses: [String: Int] = [:]
        if cache == nil {
            let pages = site.booklet.map(\.body.text) + (site.synthesis.map { [$0.body.text] } ?? [])
            for text in pages where text.contains("vue") {
                for block in MarkdownDocument(text).viewBlocks where ViewID(rawValue: block.id) != nil {
                    uses["vue " + block.id, default: 0] += 1
                }
            }
            for m in site.monographs where m.usesViews {
                for block in m.body.views where ViewID(rawValue: block.id) != nil { uses["vue " + block.id, default: 0] += 1 }
            }
        }
        self.builtViews = SharedViews(uses: uses)
        self.synthesisBox = LazyValue {
            let make = { Synthesis(monographs: site.monographs, referentiel: site.referentiel) }
            guard let cache, let generations else { return make() }
            return cache.synthesis(key: ViewID.allCases.map { generations.views[$0]! }, make)
        }
        self.markdown = Markdown(options: MarkdownOptions(allowRawHTML: site.settings.htmlBrut), memo: cache?.inline)
        self.names = Dictionary(site.monographs.map { ($0.slug, $0.nom) }, uniquingKeysWith: { first, _ in first })
        let names = self.names
        self.linkTexts = LazyValue { names.mapValues(Markdown.plainHTML) }
        self.revisions = LazyValue {
            Dictionary(site.monographs.map { ($0.slug, $0.revision.number) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Every output file, keyed by its path relative to the output folder.
    func render() -> [String: Data] {
        var collector = FileCollector()
        // A collector never throws.
        try? render(into: &collector)
        return collector.files
    }

    /// Hands every output file to `sink`. Each file is one job; the sink runs them on every core
    /// (the site-wide pages first, as they take longest, then the monographs) and writes each file as
    /// soon as it is made, so that a build of thousands of monographs never holds their pages in
    /// memory. What each file holds never depends on the order in which jobs run.
    func render(into sink: inout some FileSink) throws {
        try sink.putAll(jobs())
    }

    /// Every output file as a job; `heavy` jobs are the pages and files built from the whole site.
    func jobs() -> [OutputJob] {
        // With a cache, each page built from the whole site is reused while the parts of the site it
        // shows are unchanged: editing a monograph's prose or key points re-renders its page only.
        func memo(_ path: String, _ parts: [Int], _ extra: [String] = [], _ make: @escaping () -> String) -> () -> OutputJob.Content {
            {
                guard let cache else { return .text(make()) }
                let key = RenderCache.Inputs(generations: parts, extra: extra)
                if let hit = cache.memo(path, key) { return .text(hit) }
                let value = make()
                cache.storeMemo(value, path, key)
                return .text(value)
            }
        }
        let home = generations.map { [$0.home] } ?? []
        let views = generations.map { generations in ViewID.allCases.map { generations.views[$0]! } + [generations.navigation] } ?? []
        let navigation = generations.map { [$0.navigation] } ?? []

        var jobs: [OutputJob] = []
        func add(_ path: String, heavy: Bool = false, _ make: @escaping () -> OutputJob.Content) {
            jobs.append(OutputJob(path: path, heavy: heavy, make: make))
        }
        add("index.html", heavy: true, memo("index.html", home) { homePage() })
        for index in site.monographs.indices {
            add("reseaux/\(site.monographs[index].slug)/index.html") {
                let key = pageKey(index)
                if let cache, let key, let cached = cache.page(for: key) { return .data(cached) }
                let page = Data(monographPage(site.monographs[index], index: index).utf8)
                if let key { cache?.storePage(page, for: key) }
                return .data(page)
            }
        }
        for (index, page) in site.booklet.enumerated() {
            add("livret/\(page.slug)/index.html", heavy: true, cache == nil ? { .parts(bookletPageParts(page, index: index)) }
                : memo("livret/\(page.slug)", views, [page.titre, page.body.text]) { bookletPage(page, index: index) })
        }
        if let synthesisPage = site.synthesis {
            add("synthese/index.html", heavy: true, cache == nil ? { .parts(synthesisPageParts(synthesisPage)) }
                : memo("synthese", views, [synthesisPage.titre, synthesisPage.body.text]) { synthesisPageHTML(synthesisPage) })
        }
        add("referentiel/index.html", memo("referentiel", navigation) { referentielPage() })
        add("404.html", memo("404", navigation) { notFoundPage() })
        let pages = ["index.html"] + site.monographs.map { "reseaux/\($0.slug)/index.html" }
            + site.booklet.map { "livret/\($0.slug)/index.html" } + (site.synthesis == nil ? [] : ["synthese/index.html"])
            + ["referentiel/index.html"]
        add("sitemap.xml") { .text(sitemap(pages: pages.sorted())) }
        add("donnees/reseaux.json", heavy: true) {
            .pieces { write in try OpenData.monographsJSON(site, cache: cache, into: write) }
        }
        add("donnees/reseaux.csv", heavy: true, memo("reseaux.csv", views) { OpenData.monographsCSV(site) })
        add("donnees/synthese.json", heavy: true, memo("synthese.json", views) { OpenData.synthesisJSON(synthesis, referentiel: site.referentiel) })
        add("donnees/schema/reseau.schema.json") { .text(FrontMatterSchema.json(referentiel: site.referentiel)) }
        for asset in templates.assets {
            let data = asset.data
            add(asset.path) { .data(data) }
        }
        return jobs
    }

    /// Everything a monograph page depends on, besides the templates, the settings and the referentiel
    /// (whose change empties the cache): the monograph, its neighbours, and the navigation. Nil for a
    /// page that is never kept: one that places views (it depends on every monograph), or a monograph
    /// read without a revision.
    private func pageKey(_ index: Int) -> RenderCache.PageKey? {
        let m = site.monographs
        guard !m[index].usesViews, m[index].revision.number != 0 else { return nil }
        return RenderCache.PageKey(slug: m[index].slug, revision: m[index].revision.number,
                                   previous: index > 0 ? m[index - 1].slug + "\u{0}" + m[index - 1].nom : nil,
                                   next: index + 1 < m.count ? m[index + 1].slug + "\u{0}" + m[index + 1].nom : nil,
                                   firstBookletPage: site.booklet.first?.slug, hasSynthesis: site.synthesis != nil)
    }

    // MARK: Shared context

    private func e(_ s: String) -> String { Markdown.plain(s) }

    /// The layout's context: site, navigation and page basics. `root` leads from the page to the site root.
    /// `entete` and `pied` hold the header and footer, rendered from their partials once for each kind
    /// of page (they show the site and the navigation, never the page itself).
    private func layout(title: String, root: String, current: String, description: String? = nil) -> [String: Any] {
        var context = chrome(root: root, current: current)
        context["titre_page"] = e(title)
        context["meta_description"] = orFalse(description.map(e))
        return context
    }

    /// What the header and footer show: site, navigation, root.
    private func chromeContext(root: String, current: String) -> [String: Any] {
        let navigation: [[String: Any]] = [
            ["libelle": "Accueil", "lien": "\(root)index.html", "actif": current == "accueil"],
            ["libelle": "Livret", "lien": "\(root)livret/\(site.booklet.first?.slug ?? "")/index.html", "actif": current == "livret",
             "present": !site.booklet.isEmpty],
            ["libelle": "Synthèse", "lien": "\(root)synthese/index.html", "actif": current == "synthese", "present": site.synthesis != nil],
            ["libelle": "Référentiel", "lien": "\(root)referentiel/index.html", "actif": current == "referentiel"],
            ["libelle": "Données", "lien": "\(root)donnees/synthese.json", "actif": false],
        ].filter { ($0["present"] as? Bool) ?? true }
        return [
            "site": ["titre": e(site.settings.titre), "sous_titre": orFalse(site.settings.sousTitre.map(e)),
                     "langue": site.settings.langue],
            "racine": root,
            "navigation": navigation,
        ]
    }

    /// The layout context without the page's own values, with the header and footer rendered.
    private func chrome(root: String, current: String) -> [String: Any] {
        let key = root + "\u{0}" + current
        if let cached = chromeCache.value(for: key) { return cached }
        var context = chromeContext(root: root, current: current)
        // Without their last line break: the layout puts each on a line of its own.
        func rendered(_ name: String) -> String {
            let html = templates.render(name, context)
            return html.hasSuffix("\n") ? String(html.dropLast()) : html
        }
        context["entete"] = rendered("partials/entete")
        context["pied"] = rendered("partials/pied")
        chromeCache.store(context, for: key)
        return context
    }

    private func viewRenderer(root: String) -> ViewRenderer {
        // A view is rendered once for every page that places it; with a cache, it is kept while the part
        // of the monographs it shows (`SiteParts.viewEntry`) is unchanged.
        let memo: (ViewID, () -> String) -> String = { view, make in
            let name = "vue " + view.rawValue
            guard let cache, let generations else { return builtViews.use(name, make) }
            let key = RenderCache.Inputs(generations: [generations.views[view]!], extra: [])
            return cache.exclusively(name) {
                if let hit = cache.memo(name, key) { return hit }
                let value = make()
                cache.storeMemo(value, name, key)
                return value
            }
        }
        let linkTexts = self.linkTexts
        let revisions = self.revisions
        return ViewRenderer(site: site, synthesis: { synthesis }, root: root, markdown: markdown, names: names,
                            linkTexts: { linkTexts.value }, memo: memo,
                            rows: cache.map { cache in (rows: cache.rows(of:), revisions: { revisions.value }) })
    }

    /// A body's HTML with its views. With a cache, the body of a booklet or synthesis page (`page`) is
    /// rendered once for its text and only its views are filled in at each build.
    private func body(_ source: MarkdownSource, root: String, page: String? = nil) -> String {
        let views = viewRenderer(root: root)
        guard let cache, let page else { return markdown.block(source.text, view: views.render) }
        return cache.body(page, text: source.text) { markdown.blockWithViews(source.text) }.filled(views.render)
    }

    private func merge(_ a: [String: Any], _ b: [String: Any]) -> [String: Any] {
        a.merging(b) { _, new in new }
    }

    // MARK: Pages

    private func homePage() -> String {
        let sectionCount = SectionID.allCases.count
        let cards: [[String: Any]] = site.monographs.map { m in
            let states = SiteParts.states(m)
            let complete = states.filter { $0 == .complete }.count, partial = states.filter { $0 == .partielle }.count
            let written = complete + partial
            return [
                "nom": e(m.nom), "numero": orFalse(m.numero.map(String.init)), "titre": markdown.inline(m.titre),
                "domaine": markdown.inline(m.domaine), "lien": "reseaux/\(m.slug)/index.html",
                "creation": orFalse(m.identite?.creation.map(String.init)),
                "salaries_tdr": orFalse(m.identite?.salariesTdr.map(Format.number)),
                "sections_redigees": written, "complete": complete == sectionCount,
                "sections_completes": complete, "sections_partielles": partial, "sections_a_rediger": sectionCount - written,
                "etat": SectionState.summary(states),
                "pourcentage": complete * 100 / sectionCount, "pourcentage_partiel": partial * 100 / sectionCount,
            ]
        }
        let booklet: [[String: Any]] = site.booklet.map { ["titre": e($0.titre), "lien": "livret/\($0.slug)/index.html"] }
        return templates.render("accueil", merge(layout(title: site.settings.titre, root: "", current: "accueil",
                                                         description: site.settings.sousTitre), [
            "accueil": true,
            "reseaux": cards,
            "nombre_reseaux": Format.number(site.monographs.count),
            "titre_reseaux": site.monographs.count == 1 ? "La monographie" : "Les \(Format.number(site.monographs.count)) monographies",
            "livret": booklet,
            "synthese": orFalse(site.synthesis.map { ["titre": e($0.titre), "lien": "synthese/index.html"] }),
        ]))
    }

    private func monographPage(_ m: Monograph, index: Int) -> String {
        let root = "../../"
        let context = MonographContext(monograph: m, referentiel: site.referentiel, markdown: markdown,
                                       views: viewRenderer(root: root)).sections()
        let previous = index > 0 ? site.monographs[index - 1] : nil
        let next = index + 1 < site.monographs.count ? site.monographs[index + 1] : nil
        func link(_ other: Monograph?) -> Any {
            orFalse(other.map { ["libelle": e($0.nom), "lien": "../\($0.slug)/index.html"] })
        }
        return templates.render("monographie", merge(layout(title: m.nom, root: root, current: "reseau",
                                                             description: m.titre), [
            "reseau": [
                "nom": e(m.nom), "numero": orFalse(m.numero.map(String.init)), "titre": markdown.inline(m.titre),
                "domaine": markdown.inline(m.domaine), "missions": orFalse(m.missions.map(markdown.inline)),
                "chapo": orFalse(m.body.lead.map { body($0, root: root) }),
                "sections_redigees": SectionID.allCases.filter { m.isWritten($0) }.count,
            ],
            "sections": context,
            "precedent": link(previous),
            "suivant": link(next),
            "voisins": previous != nil || next != nil,
            "synthese_presente": site.synthesis != nil,
        ]))
    }

    private func bookletPage(_ page: BookletPage, index: Int) -> String {
        bookletPageParts(page, index: index).joined()
    }

    /// A booklet page as the texts around its body: see `pageParts`.
    private func bookletPageParts(_ page: BookletPage, index: Int) -> [String] {
        let root = "../../"
        let previous = index > 0 ? site.booklet[index - 1] : nil
        let next = index + 1 < site.booklet.count ? site.booklet[index + 1] : nil
        func link(_ other: BookletPage?) -> Any {
            orFalse(other.map { ["libelle": e($0.titre), "lien": "../\($0.slug)/index.html"] })
        }
        return pageParts(body: body(page.body, root: root, page: "livret/" + page.slug), merge(layout(title: page.titre, root: root, current: "livret"), [
            "titre": e(page.titre),
            "precedent": link(previous),
            "suivant": link(next),
            "voisins": previous != nil || next != nil,
            "sommaire_livret": site.booklet.map { ["titre": e($0.titre), "lien": "../\($0.slug)/index.html", "actif": $0.slug == page.slug] },
        ]))
    }

    private func synthesisPageHTML(_ page: SynthesisPage) -> String {
        synthesisPageParts(page).joined()
    }

    private func synthesisPageParts(_ page: SynthesisPage) -> [String] {
        let root = "../"
        return pageParts(body: body(page.body, root: root, page: "synthese"), merge(layout(title: page.titre, root: root, current: "synthese"), [
            "titre": e(page.titre),
            "synthese": true,
            "sommaire_livret": [Any](),
            "voisins": false,
        ]))
    }

    /// The `page` template around `body`, as [before, body, after]: the template is rendered with a
    /// marker for `contenu`, so that a body of many megabytes (views over thousands of networks) is
    /// never copied into the page. The template places `contenu`, which is HTML, with `{{{contenu}}}`;
    /// if it does not place it exactly once, the body replaces every marker instead.
    private func pageParts(body: String, _ context: [String: Any]) -> [String] {
        var context = context
        guard !body.isEmpty else {
            context["contenu"] = body
            return [templates.render("page", context)]
        }
        context["contenu"] = Self.contentMarker
        let shell = templates.render("page", context)
        let pieces = shell.components(separatedBy: Self.contentMarker)
        if pieces.count == 2 { return [pieces[0], body, pieces[1]] }
        return [Text.replacing(Self.contentMarker, with: body, in: shell)]
    }

    static let contentMarker = "\u{E003}contenu\u{E003}"

    private func referentielPage() -> String {
        let root = "../"
        let lists: [[String: Any]] = Referentiel.lists.map { list in
            [
                "id": list.key, "titre": e(list.title),
                "elements": site.referentiel[keyPath: list.keyPath].enumerated().map { index, item -> [String: Any] in
                    var entry: [String: Any] = [
                        "id": item.id, "ancre": "\(list.key)-\(item.id)", "libelle": e(item.libelle), "rang": index + 1,
                        "description": orFalse(item.description.map { markdown.block($0) }),
                    ]
                    if list.key == "fonctions" { entry["classe"] = "fonction-\(index + 1)" }
                    if let objet = item.objet, let logique = item.logique {
                        entry["grille"] = "\(objet == "solutions" ? "Solutions" : "Processus") × \(logique == "nouveaute" ? "nouveauté" : "adaptation")"
                    }
                    return entry
                },
            ]
        }
        return templates.render("referentiel", merge(layout(title: "Référentiel", root: root, current: "referentiel"), [
            "listes": lists,
        ]))
    }

    private func notFoundPage() -> String {
        var root = site.settings.url ?? ""
        if !root.isEmpty && !root.hasSuffix("/") { root += "/" }
        return templates.render("404", layout(title: "Page introuvable", root: root, current: ""))
    }

    private func sitemap(pages: [String]) -> String {
        var base = site.settings.url ?? ""
        if !base.isEmpty && !base.hasSuffix("/") { base += "/" }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            let path = page.hasSuffix("/index.html") ? String(page.dropLast("index.html".count)) : (page == "index.html" ? "" : page)
            out += "  <url><loc>\(Text.escapeHTML(base + path))</loc></url>\n"
        }
        return out + "</urlset>\n"
    }
}

/// A dictionary shared by the threads of one rendering.
final class LockedCache<Key: Hashable, Value>: @unchecked Sendable {
    private var values: [Key: Value] = [:]
    private let lock = NSLock()

    func value(for key: Key) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    func store(_ value: Value, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        values[key] = value
    }
}

/// A value computed once, on first use, by whichever thread asks first.
final class LazyValue<Value>: @unchecked Sendable {
    private var value_: Value?
    private let make: () -> Value
    private let lock = NSLock()

    init(_ make: @escaping () -> Value) {
        self.make = make
    }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let value_ { return value_ }
        let made = make()
        value_ = made
        return made
    }
}

/// Views rendered once and handed to each page that places them, then dropped after the last one.
final class SharedViews: @unchecked Sendable {
    private var uses: [String: Int]
    private var views: [String: String] = [:]
    private let lock = NSLock()

    init(uses: [String: Int]) {
        self.uses = uses
    }

    /// The view `name`, made by `make` on its first use; a view not counted is made every time.
    func use(_ name: String, _ make: () -> String) -> String {
        lock.lock()
        guard let left = uses[name], left > 0 else {
            lock.unlock()
            return make()
        }
        if let kept = views[name] {
            uses[name] = left - 1
            if left == 1 { views[name] = nil }
            lock.unlock()
            return kept
        }
        lock.unlock()
        let made = make()
        lock.lock()
        defer { lock.unlock() }
        let remaining = (uses[name] ?? 1) - 1
        uses[name] = remaining
        if remaining > 0 && views[name] == nil { views[name] = made }
        return made
    }
}
