/// `accessibilite/index.html`: the accessibility target, what is checked automatically, what remains to be
/// checked by hand, and how to report a problem (FORMAT §8), from `site.yml`.
enum AccessibilityPage {
    static func render(_ layout: PageLayout) -> [String] {
        let e = Markdown.plainHTML
        var body = """
            <h2>L’objectif</h2>
            <p>Ce site vise la conformité au RGAA 4.1, le référentiel d’accessibilité des services publics numériques, \
            qui reprend les critères de niveau AA des WCAG 2.1. Aucun audit complet n’a encore été mené : le site \
            n’est donc déclaré ni conforme ni partiellement conforme.</p>
            <h2>Ce qui est vérifié automatiquement</h2>
            <p>À chaque modification du site, une vérification automatique parcourt toutes ses pages :</p>
            <ul>
            <li>la validité du HTML et des feuilles de style, avec le validateur du W3C ;</li>
            <li>chaque lien interne et chaque ancre ;</li>
            <li>les règles d’accessibilité qu’axe-core sait tester, en thème clair et en thème sombre, dont celles \
            qui testent une partie des critères du RGAA (le rapport les range critère par critère) ;</li>
            <li>la lecture sur un écran de 390 pixels de large, sans défilement horizontal de la page ;</li>
            <li>les textes des graphiques, qui doivent tenir dans leur cadre à trois largeurs d’écran.</li>
            </ul>
            <p>Chaque graphique est une image décrite (un titre, une description) et ses chiffres sont donnés dans \
            un tableau. Le site se lit sans script, et un lien permet d’aller directement au contenu de chaque page.</p>
            <h2>Ce qui reste à vérifier à la main</h2>
            <ul>
            <li>la pertinence des textes de remplacement et des descriptions des graphiques ;</li>
            <li>l’ordre de lecture et de tabulation, et la visibilité du focus sur chaque élément ;</li>
            <li>la clarté des intitulés de liens lus hors de leur contexte ;</li>
            <li>la lecture avec un zoom de 200 % et un espacement du texte augmenté ;</li>
            <li>la restitution par les lecteurs d’écran (NVDA, VoiceOver) ;</li>
            <li>les contrastes des états de survol et de focus.</li>
            </ul>

            """
        body += criteria()
        body += """
            <h2>Signaler un problème</h2>

            """
        if let contact = layout.settings.contact {
            let href =
                contact.hasPrefix("http://") || contact.hasPrefix("https://")
                ? contact
                : contact.contains("@") ? "mailto:" + contact : nil
            let shown = href.map { "<a href=\"\(Text.escapeHTML($0))\">\(e(contact))</a>" } ?? e(contact)
            body +=
                "<p>Si une page vous est difficile à lire ou à utiliser, écrivez-nous : \(shown). "
                + "Dites-nous quelle page et ce qui vous a gêné ; nous vous répondrons et, en attendant, "
                + "nous vous transmettrons l’information sous une autre forme.</p>\n"
        } else {
            body +=
                "<p>Aucune adresse de contact n’est encore publiée pour ce site. "
                + "En attendant, adressez-vous à l’éditeur, \(e(layout.settings.publisher)).</p>\n"
        }
        return ProsePages.sitePage(title: "Accessibilité", current: "accessibilite", path: "accessibilite/", body: body, layout)
    }

    /// Every RGAA 4.1 criterion, theme by theme, with its check: « contrôlé en partie automatiquement »
    /// when an automatic check of every build tests part of it, « à vérifier » otherwise. Each item
    /// carries its number and its check (`data-rgaa`, `data-controle`), which the audit reads back.
    static func criteria() -> String {
        let e = Markdown.plainHTML
        var html = """
            <h2 id="criteres-rgaa">Les critères du RGAA 4.1</h2>
            <p>Pour chacun des 106 critères du référentiel : « contrôlé en partie automatiquement » quand une \
            vérification automatique en teste une partie à chaque construction du site (le reste du critère demande \
            un examen humain), « à vérifier » quand aucun outil automatique ne le teste. Intitulés des critères : \
            RGAA 4.1, Direction interministérielle du numérique, Licence Ouverte 2.0.</p>

            """
        for theme in RGAACriteria.themes {
            html += "<h3>\(theme.number). \(e(theme.title))</h3>\n<ul class=\"criteres-rgaa\">\n"
            for criterion in theme.criteria {
                let automatic = RGAACriteria.checkedAutomatically.contains(criterion.number)
                html +=
                    "<li data-rgaa=\"\(criterion.number)\" data-controle=\"\(automatic ? "automatique" : "a-verifier")\">"
                    + "<strong>\(criterion.number)</strong> \(e(criterion.title)) "
                    + "<span class=\"critere-controle\">(\(automatic ? "contrôlé en partie automatiquement" : "à vérifier"))</span></li>\n"
            }
            html += "</ul>\n"
        }
        return html
    }
}
