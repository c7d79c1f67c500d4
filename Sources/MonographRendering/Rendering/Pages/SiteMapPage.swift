import MonographCore
import MonographViews

/// `plan-du-site/index.html`: every page, grouped, as a second way to find one (FORMAT §8).
enum SiteMapPage {
    /// A page listed by its path from the root and its title.
    struct Link: Equatable, Sendable {
        var path, title: String
    }

    /// What the plan lists.
    struct Inputs: Equatable, Sendable {
        var networks: [HomePage.PageLink]
        var booklet: [HomePage.PageLink]
        var synthesis: String?
        /// The explorer's pages, its index first (`ExplorerPlan`).
        var explorer: [Link]
        var navigation: Navigation

        init(_ site: Site, explorer: [Link]) {
            self.explorer = explorer
            networks = site.monographs.map { HomePage.PageLink(slug: $0.slug, titre: $0.nom) }
            booklet = site.booklet.map { HomePage.PageLink(slug: $0.slug, titre: $0.titre) }
            synthesis = site.synthesis?.titre
            navigation = Navigation(site)
        }
    }

    static func render(_ inputs: Inputs, _ layout: PageLayout) -> [String] {
        let e = Markdown.plainHTML
        func link(_ href: String, _ text: String) -> String { "<li><a href=\"../\(href)\">\(e(text))</a></li>\n" }
        var body = "<h2>Le site</h2>\n<ul>\n" + link("index.html", "Accueil")
        if let synthesis = inputs.synthesis { body += link("synthese/index.html", synthesis) }
        if let explorer = inputs.explorer.first { body += link(explorer.path, explorer.title) }
        body +=
            link("referentiel/index.html", "Référentiel") + link("recherche/index.html", "Rechercher")
            + link("\(CollectionStatePage.path)index.html", CollectionStatePage.title)
            + link("accessibilite/index.html", AccessibilityPage.title)
            + link("\(LegalNoticePage.path)index.html", LegalNoticePage.title) + "</ul>\n"
        if inputs.explorer.count > 1 {
            body += "<h2>Les pages de l’explorateur</h2>\n<ul>\n" + inputs.explorer.dropFirst().map { link($0.path, $0.title) }.joined() + "</ul>\n"
        }
        if !inputs.booklet.isEmpty {
            body += "<h2>Le livret</h2>\n<ol>\n" + inputs.booklet.map { link("livret/\($0.slug)/index.html", $0.titre) }.joined() + "</ol>\n"
        }
        if !inputs.networks.isEmpty {
            body +=
                "<h2 id=\"monographies\">Les monographies</h2>\n<ul>\n"
                + inputs.networks.map { link("reseaux/\($0.slug)/index.html", $0.titre) }.joined() + "</ul>\n"
        }
        body +=
            "<h2>Les données ouvertes</h2>\n<ul>\n" + link("donnees/index.html", "Les données ouvertes : ce que contient chaque fichier")
            + link("donnees/reseaux.csv", "Les cartes d’identité (reseaux.csv)") + link("donnees/pratiques.csv", "Les pratiques (pratiques.csv)")
            + link("donnees/innovations.csv", "Les innovations remarquables (innovations.csv)")
            + link("donnees/datapackage.json", "La description des tableaux (datapackage.json)")
            + link("donnees/catalogue.jsonld", "Le catalogue des données (catalogue.jsonld)")
            + link("donnees/reseaux.json", "Les monographies (reseaux.json)") + link("donnees/synthese.json", "La synthèse (synthese.json)")
            + link("donnees/schema/reseau.schema.json", "Le schéma des métadonnées (reseau.schema.json)") + "</ul>\n"
        return ProsePages.sitePage(title: "Plan du site", current: "plan", path: "plan-du-site/", body: body, layout)
    }
}
