import MonographCore
import MonographViews

/// `mentions-legales/index.html`: the legal notice of `site.yml` (FORMAT §9, LCEN article 6). A field
/// left out is said to be missing, never made up.
enum LegalNoticePage {
    static let path = "mentions-legales/"
    static let title = "Mentions légales"

    static func render(_ settings: SiteSettings, _ layout: PageLayout) -> [String] {
        let notice = settings.mentionsLegales
        let e = Markdown.plainHTML
        func given(_ value: String?) -> String {
            value.map(e) ?? "<em class=\"non-renseigne\">non renseigné</em>"
        }
        func row(_ label: String, _ value: String?) -> String {
            "<dt>\(label)</dt>\n<dd>\(given(value))</dd>\n"
        }
        var body = "<p>Ce site, <cite>\(e(settings.titre))</cite>, est publié par \(e(settings.publisher)).</p>\n"
        body += "<h2>Éditeur</h2>\n<dl class=\"mentions\">\n"
        body += row("Association", notice.association) + row("Siège social", notice.siege) + row("Téléphone", notice.telephone)
        if let rna = notice.rna { body += row("Numéro RNA", rna) }
        if let siren = notice.siren { body += row("Numéro SIREN", siren) }
        body += row("Directeur ou directrice de la publication", notice.directeurPublication) + "</dl>\n"
        body += "<h2>Hébergement</h2>\n<dl class=\"mentions\">\n"
        body += row("Hébergeur", notice.hebergeur?.nom) + row("Adresse", notice.hebergeur?.adresse)
        body += row("Téléphone", notice.hebergeur?.telephone) + "</dl>\n"
        let host = notice.hebergeur
        let fields = [notice.association, notice.siege, notice.telephone, notice.directeurPublication, host?.nom, host?.adresse, host?.telephone]
        if fields.contains(where: { $0 == nil }) {
            body +=
                "<p>Les informations marquées « non renseigné » ne sont pas encore publiées : "
                + "elles seront ajoutées à cette page dès qu’elles seront connues.</p>\n"
        }
        body += "<h2>Réutilisation</h2>\n"
        if let written = settings.licence {
            let licence = OpenData.Licence(written)
            let named = licence.title == written ? e(written) : e(licence.title)
            let shown = licence.path.map { "<a href=\"\(Text.escapeHTML($0))\">\(named)</a>" } ?? named
            body += "<p>Les textes et les données de ce site sont publiés sous licence \(shown).</p>\n"
        } else {
            body += "<p>Les conditions de réutilisation des textes et des données sont à demander à l’éditeur.</p>\n"
        }
        body += "<p>L’accessibilité du site est décrite dans sa <a href=\"../accessibilite/index.html\">déclaration d’accessibilité</a>.</p>\n"
        return ProsePages.sitePage(title: title, current: "mentions", path: path, body: body, layout)
    }
}
