import MonographCore
import MonographViews

/// `donnees/index.html`: what each open-data file holds, with links to them (FORMAT §6 and §8), and the
/// licence of `site.yml`.
enum OpenDataPage {
    /// What the page shows besides the settings: the navigation, and the data's last update (`OpenData.lastUpdate`).
    struct Inputs: Equatable, Sendable {
        var navigation: Navigation
        var lastUpdate: String?

        init(_ site: Site) {
            navigation = Navigation(site)
            lastUpdate = OpenData.lastUpdate(site)
        }
    }

    static func render(_ inputs: Inputs, _ layout: PageLayout) -> [String] {
        func file(_ path: String, _ text: String) -> String {
            "<li><a href=\"\(path)\"><code>\(path)</code></a> : \(text)</li>\n"
        }
        var body = """
            <p>Les données de ce site sont publiées dans des fichiers ouverts, écrits à partir des monographies à \
            chaque mise à jour du site.</p>
            <h2>Les tableaux</h2>
            <p>Trois tableaux au format CSV, qui s’ouvrent dans un tableur : encodage UTF-8, virgule entre les \
            colonnes, une ligne d’en-tête. Les identifiants (fonctions, échelons, étapes, types) sont ceux du \
            <a href="../referentiel/index.html">référentiel</a> ; dans une case qui en donne plusieurs, ils sont \
            séparés par « ; ». Chaque ligne nomme son réseau par son identifiant, la colonne <code>slug</code> de \
            <code>reseaux.csv</code>.</p>
            <ul>

            """
        body += file(
            "reseaux.csv", "une ligne par réseau, avec son nom et sa carte d’identité (type, création, structure, salariés, adhérents, budget).")
        body += file(
            "pratiques.csv",
            "une ligne par action : le réseau, l’échelon et la fonction de la pratique, son intensité (1 : présente, "
                + "2 : dominante), le texte de l’action et les étapes du processus d’innovation qu’elle sert ; une pratique "
                + "sans action a une ligne sans texte.")
        body += file(
            "innovations.csv",
            "une ligne par innovation remarquable : le réseau, l’année de début et le titre de son cycle, son nom, sa "
                + "description, ses types et son étape aujourd’hui.")
        body += """
            </ul>
            <h2>La description des tableaux</h2>
            <ul>

            """
        body += file(
            "datapackage.json",
            "la description des trois tableaux au format Data Package de Frictionless Data : chaque colonne, son type, "
                + "sa signification, les identifiants qu’elle admet et le lien de chaque ligne à son réseau. Un outil comme "
                + "<code>frictionless validate datapackage.json</code> vérifie les tableaux d’après elle.")
        body += file(
            "catalogue.jsonld",
            "le catalogue de ces fichiers au format DCAT (JSON-LD), que data.gouv.fr et les autres portails de données "
                + "savent moissonner ; il donne le titre, la description, la licence et l’éditeur de chaque fichier, et la date de leur "
                + "dernière mise à jour quand elle est connue.")
        body += """
            </ul>
            <h2>Les données complètes</h2>
            <ul>

            """
        body += file(
            "reseaux.json",
            "toutes les monographies au format JSON, avec chacune de leurs métadonnées (cycles, pratiques, modèle "
                + "socio-économique, points clés) et l’état de rédaction de chaque section.")
        body += file("synthese.json", "les chiffres de chaque vue calculée de la synthèse, et les réseaux sur lesquels chacune repose.")
        body += file(
            "schema/reseau.schema.json",
            "le schéma JSON des métadonnées d’une monographie, avec les identifiants du référentiel, pour vérifier ou "
                + "compléter une monographie dans un éditeur.")
        body += "</ul>\n<h2>Licence</h2>\n"
        if let written = layout.settings.licence {
            let licence = OpenData.Licence(written)
            let e = Markdown.plainHTML
            let named = licence.title == written ? e(written) : "\(e(licence.title)) (<code>\(e(licence.name))</code>)"
            let shown = licence.path.map { "<a href=\"\(Text.escapeHTML($0))\">\(named)</a>" } ?? named
            body += "<p>Licence des textes et des données de ce site : \(shown).</p>\n"
            if licence.name == "etalab-2.0" { body += etalabAttribution(layout.settings, lastUpdate: inputs.lastUpdate) }
        } else {
            body +=
                "<p>Les conditions de réutilisation de ces textes et de ces données sont à demander à l’éditeur, "
                + "\(Markdown.plainHTML(layout.settings.publisher)).</p>\n"
        }
        return ProsePages.sitePage(title: "Données ouvertes", current: "donnees", path: "donnees/", body: body, layout)
    }

    /// The attribution the Licence Ouverte asks of whoever reuses the data: their source and the date of
    /// their last update, when it is known (`OpenData.lastUpdate`).
    static func etalabAttribution(_ settings: SiteSettings, lastUpdate: String?) -> String {
        let e = Markdown.plainHTML
        var html =
            "<p>La Licence Ouverte demande à qui réutilise ces données d’en mentionner la paternité : leur source "
            + "et la date de leur dernière mise à jour. Vous pouvez l’écrire ainsi :</p>\n"
        // The publisher, when it is not the site itself.
        let source = "Source : <cite>\(e(settings.titre))</cite>" + (settings.editeur.map { ", " + e($0) } ?? "")
        if let date = lastUpdate {
            html += "<p class=\"attribution\">\(source), données mises à jour le \((Format.date(date) ?? date)).</p>\n"
        } else {
            html +=
                "<p class=\"attribution\">\(source).</p>\n<p>La date de leur dernière mise à jour n’est pas encore publiée : "
                + "indiquez celle à laquelle vous les avez téléchargées.</p>\n"
        }
        return html
    }
}
