import MonographCore
import MonographViews

/// What the header and footer of every page show besides the settings: where the booklet starts and
/// whether there is a synthesis.
struct Navigation: Equatable, Sendable {
    var firstBookletPage: String?
    var hasSynthesis: Bool

    init(_ site: Site) {
        firstBookletPage = site.booklet.first?.slug
        hasSynthesis = site.synthesis != nil
    }
}

/// The layout around every page: the templates, the site's settings and its navigation, with the header
/// and footer rendered once for each kind of page (they show the site and the navigation, never the page).
final class PageLayout: Sendable {
    let templates: TemplateSet
    let settings: SiteSettings
    let navigation: Navigation
    /// Whether the site has its feed, `flux.xml`, which every page links.
    let hasFeed: Bool
    private let chromes = LockedCache<String, TemplateContext>()
    private let shells = LockedCache<String, SharedShell?>()

    init(templates: TemplateSet, settings: SiteSettings, navigation: Navigation, hasFeed: Bool = false) {
        self.templates = templates
        self.settings = settings
        self.navigation = navigation
        self.hasFeed = hasFeed
    }

    func render(_ template: String, _ context: [String: Any]) -> String {
        templates.render(template, context)
    }

    /// The shell shared by the family of pages `family`, made by the first page that asks; nil when the
    /// templates do not allow one (each page is then rendered on its own).
    func shell(_ family: String, make: () -> SharedShell?) -> SharedShell? {
        if let made = shells.value(for: family) { return made }
        let made = make()
        shells.store(made, for: family)
        return made
    }

    /// The layout's context: site, navigation and page basics. `root` leads from the page to the site
    /// root; `path` is the page's own, from the root (`reseaux/<slug>/`), for its absolute address when
    /// the site has one (nil for a page without an address of its own, such as the 404 page).
    /// `search` gives the filters of a page whose main content is indexed for search (none for a page
    /// left out of the index).
    func context(
        title: String, root: String, current: String, description: String? = nil, path: String?, search: SearchFacets? = nil
    ) -> [String: Any] {
        var context = chrome(root: root, current: current)
        context["filtres_recherche"] = orFalse(search?.html)
        context["titre_page"] = Markdown.plain(title)
        context["meta_description"] = orFalse(description.map(Markdown.plain))
        // Open Graph (FORMAT §8): every page has a description, the site's when the page has none.
        context["og_description"] = Markdown.plain(description ?? settings.sousTitre ?? settings.titre)
        context["og_type"] = current == "reseau" ? "article" : "website"
        context["adresse"] = orFalse(address(of: path))
        return context
    }

    /// The absolute address of the page at `path`, when the site has one (`url` in `site.yml`).
    func address(of path: String?) -> String? {
        guard let url = settings.url, let path else { return nil }
        return url + path
    }

    /// What the header and footer show: site, navigation, root.
    private func chromeContext(root: String, current: String) -> [String: Any] {
        let navigation: [[String: Any]] = [
            ["libelle": "Accueil", "lien": "\(root)index.html", "actif": current == "accueil"],
            [
                "libelle": "Livret", "lien": "\(root)livret/\(self.navigation.firstBookletPage ?? "")/index.html", "actif": current == "livret",
                "present": self.navigation.firstBookletPage != nil,
            ],
            [
                "libelle": "Synthèse", "lien": "\(root)synthese/index.html", "actif": current == "synthese",
                "present": self.navigation.hasSynthesis,
            ],
            ["libelle": "Référentiel", "lien": "\(root)referentiel/index.html", "actif": current == "referentiel"],
            ["libelle": "Données", "lien": "\(root)donnees/index.html", "actif": current == "donnees"],
        ].filter { ($0["present"] as? Bool) ?? true }
        return [
            "site": [
                "titre": Markdown.plain(settings.titre), "sous_titre": orFalse(settings.sousTitre.map(Markdown.plain)),
                "langue": settings.langue, "locale": settings.langue == "fr" ? "fr_FR" : settings.langue,
                "licence": orFalse(settings.licence.map(Markdown.plain)),
                "accessibilite": settings.accessibilite.status.label,
            ],
            "racine": root,
            "flux": hasFeed,
            "navigation": navigation,
            // The search page has its own form: the header's would say the same twice.
            "recherche_entete": current != "recherche",
        ]
    }

    /// The layout context without the page's own values, with the header and footer rendered.
    private func chrome(root: String, current: String) -> [String: Any] {
        let key = root + "\u{0}" + current
        if let cached = chromes.value(for: key) { return cached.values }
        var context = chromeContext(root: root, current: current)
        // Without their last line break: the layout puts each on a line of its own.
        func rendered(_ name: String) -> String {
            let html = templates.render(name, context)
            return html.hasSuffix("\n") ? String(html.dropLast(1)) : html
        }
        context["entete"] = rendered("partials/entete")
        context["pied"] = rendered("partials/pied")
        chromes.store(TemplateContext(values: context), for: key)
        return context
    }
}

/// A template value for an optional: the value, or `false` when absent. Mustache treats a missing key
/// as "look in the enclosing context" and renders a stored nil as text; `false` is simply falsy.
func orFalse(_ value: Any?) -> Any {
    value ?? false
}

extension Dictionary where Key == String, Value == Any {
    /// The context with `other`'s values added, replacing any of the same key.
    func adding(_ other: [String: Any]) -> [String: Any] {
        merging(other) { _, new in new }
    }
}
