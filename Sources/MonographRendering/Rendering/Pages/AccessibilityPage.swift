import MonographCore
import MonographViews

/// `accessibilite/index.html`: the accessibility statement in the form RGAA 4.1 requires (FORMAT §9), from
/// `site.yml`: the conformity status, the rate, the contents not accessible and the derogations, how the
/// statement was made (what is checked automatically on every build, what remains to check by hand), the
/// feedback contact, the recourse to the Défenseur des droits, the multi-year plan; then every criterion.
enum AccessibilityPage {
    static let title = "Déclaration d’accessibilité"

    static func render(_ layout: PageLayout) -> [String] {
        let settings = layout.settings
        let statement = settings.accessibilite
        let e = Markdown.plainHTML
        let site = "<cite>\(e(settings.titre))</cite>"
        var body = "<p>Cette déclaration d’accessibilité s’applique au site \(site), publié par \(e(settings.publisher)).</p>\n"
        body += "<h2>État de conformité</h2>\n"
        body +=
            "<p>Le site \(site) est <strong>\(statement.status.label)</strong> avec le RGAA 4.1, le référentiel général "
            + "d’amélioration de l’accessibilité des services publics numériques, qui reprend les critères de niveau AA "
            + "des WCAG 2.1.</p>\n"
        if statement.etat == nil {
            body +=
                "<p>Aucun audit complet n’a encore été mené : sans ses résultats, le site ne peut être déclaré ni totalement "
                + "ni partiellement conforme.</p>\n"
        }
        body += "<h3>Résultats des tests</h3>\n"
        body +=
            "<p>Le taux de conformité, la part des critères du RGAA que le site respecte, n’est pas encore connu : seul un "
            + "audit complet, critère par critère, permet de le calculer.</p>\n"
        body += "<h2>Contenus non accessibles</h2>\n<h3>Non-conformités</h3>\n"
        if statement.contenusNonAccessibles.isEmpty {
            body +=
                statement.dateAudit == nil
                ? "<p>Aucune n’a encore été relevée, faute d’audit complet.</p>\n" : "<p>Aucune non-conformité n’a été relevée.</p>\n"
        } else {
            body += "<ul>\n" + statement.contenusNonAccessibles.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
        body += "<h3>Dérogations pour charge disproportionnée</h3>\n"
        if statement.derogations.isEmpty {
            body += "<p>Aucune.</p>\n"
        } else {
            body += "<ul>\n" + statement.derogations.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
        body += "<h2>Établissement de cette déclaration</h2>\n"
        if let date = statement.dateAudit {
            body += "<p>Le dernier audit de ce site date du \((Format.date(date) ?? date)).</p>\n"
        } else {
            body +=
                "<p>Aucun audit n’a encore été daté : cette déclaration repose sur les vérifications automatiques décrites "
                + "ci-dessous, refaites à chaque construction du site.</p>\n"
        }
        body += """
            <p>Le site repose sur HTML, CSS et SVG ; JavaScript ne sert qu’à la recherche et aux filtres de \
            l’explorateur.</p>
            <h3>Ce qui est vérifié automatiquement</h3>
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
            <h3>Ce qui reste à vérifier à la main</h3>
            <ul>
            <li>la pertinence des textes de remplacement et des descriptions des graphiques ;</li>
            <li>l’ordre de lecture et de tabulation, et la visibilité du focus sur chaque élément ;</li>
            <li>la clarté des intitulés de liens lus hors de leur contexte ;</li>
            <li>la lecture avec un zoom de 200 % et un espacement du texte augmenté ;</li>
            <li>la restitution par les lecteurs d’écran (NVDA, VoiceOver) ;</li>
            <li>les contrastes des états de survol et de focus.</li>
            </ul>

            """
        if statement.dateAudit == nil {
            body += "<p>Un audit manuel complet, sur chacun des 106 critères listés plus bas, reste à mener.</p>\n"
        }
        body += "<h2>Retour d’information et contact</h2>\n"
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
        body += recourse
        if let plan = statement.schemaPluriannuel {
            body +=
                "<h2>Schéma pluriannuel</h2>\n<p>Le <a href=\"\(Text.escapeHTML(plan))\">schéma pluriannuel de mise en accessibilité</a> "
                + "présente les actions prévues pour améliorer l’accessibilité du site au fil des années.</p>\n"
        }
        body += criteria()
        return ProsePages.sitePage(title: title, current: "accessibilite", path: "accessibilite/", body: body, layout)
    }

    /// The recourse to the Défenseur des droits, in the words of the RGAA's model statement.
    static let recourse = """
        <h2>Voies de recours</h2>
        <p>Si vous avez signalé au responsable du site un défaut d’accessibilité qui vous empêche d’accéder à un \
        contenu ou à un service, et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez :</p>
        <ul>
        <li>écrire un message au Défenseur des droits, avec son \
        <a href="https://formulaire.defenseurdesdroits.fr/">formulaire en ligne</a> ;</li>
        <li>contacter le délégué du Défenseur des droits dans votre région, que donne la \
        <a href="https://www.defenseurdesdroits.fr/saisir/delegues">liste des délégués</a> ;</li>
        <li>envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, \
        Libre réponse 71120, 75342 Paris CEDEX 07.</li>
        </ul>

        """

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
