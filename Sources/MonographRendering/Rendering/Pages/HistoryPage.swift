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
        // French typography is set on the texts the page takes from the content (the name, each version's
        // subject and changes): its own words have no mark to space, and a run of text never crosses
        // markup, so each is set as it would be in the whole page, which is then not scanned again.
        let typeset = { (html: String) in FrenchTypography.html(html) }
        var body =
            typeset(
                "<p class=\"chapo\">Les versions de la monographie <a href=\"../index.html\">\(e(inputs.nom))</a>, "
                    + "de la plus récente à la plus ancienne, et ce que chacune a changé.</p>") + "\n<ol class=\"versions\">\n"
        for version in inputs.versions {
            let date = Format.date(version.commit.date) ?? version.commit.date
            body += "<li id=\"\(version.anchor)\">\n<h2><time datetime=\"\(version.commit.date)\">\(date)</time></h2>\n"
            if layout.settings.messagesHistorique && !version.commit.subject.isEmpty {
                body += "<p class=\"message\">" + typeset(Text.escapeHTML(version.commit.subject)) + "</p>\n"
            }
            body += "<ul>" + version.changes.map { "<li>" + typeset(Text.escapeHTML($0)) + "</li>" }.joined() + "</ul>\n</li>\n"
        }
        body += "</ol>\n"
        // What varies from one history page to the next besides the body, set in the page's context and
        // filled into the layout that every history page shares, rendered once.
        let heading = "Historique : " + inputs.nom, title = Markdown.plain(heading)
        let values = ["titre": title, "titre_page": title, "adresse": layout.address(of: path(inputs.slug))].compactMapValues { $0 }
        let varying = ["titre", "titre_page", "adresse"].filter { values[$0] != nil }
        func context() -> [String: Any] {
            layout.context(title: heading, root: root, current: "reseau", path: path(inputs.slug))
                .adding(["sommaire_livret": [Any](), "sommaire_page": [Any](), "voisins": false]).adding(values)
        }
        let shell = layout.shell("historique") { SharedShell(layout, template: "page", context: context(), varying: varying) }
        if let shell, shell.varying == varying, let parts = shell.parts(values, body: body) { return parts }
        return ProsePages.parts(body: body, layout, context())
    }
}
