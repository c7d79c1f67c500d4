import MonographCore
import MonographViews

/// `recherche/index.html`: full-text search over the monographs, the booklet, the synthesis and the
/// referentiel, with a filter per facet (FORMAT §8).
///
/// The form is the page's own: its fields are the query (`q`) and one select box per filter, named like
/// Pagefind's filters and valued with their labels, so that a search can be linked
/// (`recherche/index.html?q=relayage&fonction=Plaidoyer`). `assets/recherche.js` reads the form, asks the
/// index in `pagefind/` and lists the results, each under its rubrique; the index loads only over HTTP,
/// so opened from disk the page says so and sends the reader to the explorer. The filters fold under
/// one control (`details`), which the script opens on wide screens and which says how many are chosen.
enum SearchPage {
    /// What the page shows: the facets' values and whether the site has an index.
    struct Inputs: Equatable, Sendable {
        /// The domains of the monographs, in French order.
        var domaines: [String]
        var status: SearchStatus
        var navigation: Navigation

        init(_ site: Site, status: SearchStatus) {
            let domaines = Set(site.monographs.map(SearchFacets.domaine(of:)))
            self.domaines = domaines.sorted { Text.frenchSortKey($0) < Text.frenchSortKey($1) }
            self.status = status
            navigation = Navigation(site)
        }
    }

    /// The select boxes, one per filter in its order: label, what « all » reads, the values.
    static func facets(_ inputs: Inputs, _ referentiel: Referentiel) -> [(name: String, label: String, all: String, values: [String])] {
        SearchFacets.Filter.allCases.map { filter in
            let (label, all, values): (String, String, [String]) =
                switch filter {
                case .rubrique: ("Rubrique", "Toutes", SearchFacets.Rubrique.allCases.map(\.rawValue))
                case .fonction: ("Fonction", "Toutes", referentiel.fonctions.map(\.libelle))
                case .echelon: ("Échelon", "Tous", referentiel.echelons.map(\.libelle))
                case .phase: ("Phase", "Toutes", referentiel.phases.map(\.libelle))
                case .nature: ("Nature d’innovation", "Toutes", referentiel.natures.map(\.libelle))
                case .domaine: ("Domaine", "Tous", inputs.domaines)
                }
            return (filter.rawValue, label, all, values)
        }
    }

    static func render(_ inputs: Inputs, _ referentiel: Referentiel, _ layout: PageLayout) -> [String] {
        let e = Markdown.plainHTML
        var body = """
            <div class="recherche" id="recherche">
            <form class="formulaire-recherche" role="search" action="index.html" method="get" hidden>
            <p class="champ-recherche"><label for="recherche-q">Mots recherchés</label>
            <input id="recherche-q" type="search" name="q" autocomplete="off">
            <button type="submit">Rechercher</button></p>
            <details class="repli-filtres" id="recherche-filtres">
            <summary>Filtres<span id="recherche-filtres-actifs"></span></summary>
            <fieldset class="filtres-recherche">
            <legend class="visually-hidden">Filtres</legend>

            """
        for facet in facets(inputs, referentiel) {
            body += "<p><label for=\"filtre-\(facet.name)\">\(facet.label)</label>\n<select id=\"filtre-\(facet.name)\" name=\"\(facet.name)\">\n"
            body += "<option value=\"\">\(facet.all)</option>\n"
            body += facet.values.map { "<option>\(e($0))</option>\n" }.joined()
            body += "</select></p>\n"
        }
        body += """
            </fieldset>
            </details>
            </form>
            <p class="etat-recherche" id="recherche-etat" role="status" aria-live="polite"></p>
            <ol class="resultats-recherche" id="recherche-resultats"></ol>
            <p class="plus-de-resultats"><button type="button" id="recherche-plus" hidden>Afficher plus de résultats</button></p>
            </div>

            """
        let explorer = "<a href=\"../explorateur/index.html\">l’explorateur des pratiques</a>"
        switch inputs.status {
        case .indexed:
            body += """
                <div class="avis-recherche" id="recherche-disque" hidden>
                <p>La recherche a besoin que le site soit servi par un serveur web : ouverte depuis le disque, \
                cette page ne peut pas lire l’index. Pour filtrer les actions et les innovations des réseaux sans \
                serveur, utilisez \(explorer), qui fonctionne aussi depuis le disque.</p>
                </div>
                <noscript><div class="avis-recherche"><p>La recherche a besoin de JavaScript. Sans lui, \
                \(explorer) et le <a href="../plan-du-site/index.html">plan du site</a> mènent à chaque page.</p></div></noscript>
                <script src="../assets/recherche.js"></script>

                """
        case .unavailable(let reason):
            body += """
                <div class="avis-recherche">
                <p>La recherche n’est pas disponible sur ce site : son index n’a pas été construit. \
                \(explorer) et le <a href="../plan-du-site/index.html">plan du site</a> mènent à chaque page.</p>
                <p class="note-technique">Pour l’éditeur du site : \(e(reason)).</p>
                </div>

                """
        }
        return ProsePages.sitePage(title: "Rechercher", current: "recherche", path: "recherche/", body: body, layout)
    }
}
