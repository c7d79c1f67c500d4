import MonographCore
import MonographViews

/// `reseaux/<slug>/historique/index.html`: a monograph's versions, newest first, each with its date,
/// its commit's subject and what it changed in the monograph's terms (FORMAT §9).
enum HistoryPage {
    struct Inputs: Equatable, Sendable {
        var slug, nom: String
        var versions: [MonographVersion]
        var navigation: Navigation
    }

    static func path(_ slug: String) -> String { "reseaux/\(slug)/historique/" }

    static func render(_ inputs: Inputs, _ layout: PageLayout) -> [String] {
        let e = Markdown.plainHTML
        let root = "../../../"
        var body =
            "<p class=\"chapo\">Les versions de la monographie <a href=\"../index.html\">\(e(inputs.nom))</a>, "
            + "de la plus récente à la plus ancienne, et ce que chacune a changé.</p>\n<ol class=\"versions\">\n"
        for version in inputs.versions {
            let date = Format.date(version.commit.date) ?? version.commit.date
            body += "<li id=\"\(version.anchor)\">\n<h2><time datetime=\"\(version.commit.date)\">\(date)</time></h2>\n"
            if layout.settings.messagesHistorique && !version.commit.subject.isEmpty {
                body += "<p class=\"message\">" + Text.escapeHTML(version.commit.subject) + "</p>\n"
            }
            body += "<ul>" + version.changes.map { "<li>" + Text.escapeHTML($0) + "</li>" }.joined() + "</ul>\n</li>\n"
        }
        body += "</ol>\n"
        let title = "Historique : " + inputs.nom
        let context = layout.context(title: title, root: root, current: "reseau", path: path(inputs.slug)).adding([
            "titre": Markdown.plain(title), "sommaire_livret": [Any](), "sommaire_page": [Any](), "voisins": false,
        ])
        // Every history page has the same layout but for its title and address: rendered once.
        let varying = ["titre", "titre_page", "adresse"].filter { context[$0] is String }
        let shell = layout.shell("historique") { SharedShell(layout, template: "page", context: context, varying: varying) }
        let html = FrenchTypography.html(body)
        let values = context.filter { varying.contains($0.key) }.compactMapValues { $0 as? String }
        if let shell, shell.varying == varying, let parts = shell.parts(values, body: html) { return parts }
        return ProsePages.parts(body: html, layout, context)
    }
}
