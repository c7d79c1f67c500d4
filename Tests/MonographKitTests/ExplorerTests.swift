import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// The explorer (FORMAT §8): one row per action and per innovation, with their ids as data attributes,
/// every row shown without script, and, for a collection too large for one page, pages that each stay
/// under one megabyte while every filter of the query string still finds its rows.
@Suite struct ExplorerTests {
    /// A row as the page writes it: its data attributes, and its HTML.
    struct Row: Equatable {
        var attributes: [String: String]
        var html: String
    }

    /// The rows of an explorer page, read back from its HTML.
    static func rows(_ html: String) -> [Row] {
        html.components(separatedBy: "\n").filter { $0.hasPrefix("<tr ") && $0.contains(" data-reseau=\"") }.map { line in
            let tag = String(line.prefix { $0 != ">" })
            var attributes: [String: String] = [:]
            for match in tag.matches(of: /([a-z-]+)="([^"]*)"/) { attributes[String(match.1)] = String(match.2) }
            return Row(attributes: attributes, html: line)
        }
    }

    private static func page(_ files: [String: Data], _ path: String = "explorateur/index.html") throws -> String {
        String(decoding: try #require(files[path], "\(path) is not written"), as: UTF8.self)
    }

    @Test func oneRowPerActionAndPerInnovation() throws {
        let site = try TemporarySite()
        let loaded = try site.load()
        let actions = loaded.monographs.reduce(0) { $0 + ($1.pratiques ?? []).reduce(0) { $0 + $1.actions.count } }
        let innovations = loaded.monographs.reduce(0) { $0 + ($1.cycles ?? []).reduce(0) { $0 + ($1.innovations ?? []).count } }
        #expect(actions == 3 && innovations == 1, "the fixture changed: \(actions) actions, \(innovations) innovations")
        let rows = Self.rows(try Self.page(try site.builder().render().get()))
        #expect(rows.count == actions + innovations)
        #expect(rows.filter { $0.attributes["class"] == "innovation" }.count == innovations)
    }

    @Test func rowsCarryTheIdsAsDataAttributes() throws {
        let site = try TemporarySite()
        let rows = Self.rows(try Self.page(try site.builder().render().get()))
        #expect(
            rows.map(\.attributes) == [
                ["data-reseau": "alpha", "data-echelon": "national", "data-fonction": "mise-en-reseau", "data-phases": ""],
                [
                    "data-reseau": "alpha", "data-echelon": "national", "data-fonction": "mise-en-reseau",
                    "data-phases": "experimentation modelisation",
                ],
                ["data-reseau": "alpha", "data-echelon": "regional", "data-fonction": "ingenierie", "data-phases": "diffusion"],
                ["class": "innovation", "data-reseau": "alpha", "data-phases": "deploiement"],
            ])
        // The labels are the referentiel's, the network its name, linked to its monograph.
        #expect(rows[1].html.contains("<td>Expérimentation, Modélisation</td>"))
        #expect(rows[2].html.contains("<td><a href=\"../reseaux/alpha/index.html\">Réseau Alpha</a></td><td>Ingénierie</td><td>Régional</td>"))
    }

    @Test func actionsAreShownAsTheirMonographPageShowsThem() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph(
                "pratiques:\n  - {echelon: local, fonction: plaidoyer, actions: [\"Un *accent* et un [lien](https://exemple.org) : voilà\"]}")
        ])
        let files = try site.builder().render().get()
        let monographPage = try Self.page(files, "reseaux/gamma/index.html")
        let row = try #require(Self.rows(try Self.page(files)).first { $0.attributes["data-reseau"] == "gamma" })
        let shown = try #require(row.html.components(separatedBy: "<th scope=\"row\">").last?.components(separatedBy: "</th>").first)
        #expect(shown.contains("<em>accent</em>") && shown.contains("<a href=\"https://exemple.org\">lien</a>"))
        #expect(monographPage.contains("<li>" + shown + "</li>"))
    }

    @Test func textFromContentIsEscaped() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": """
            ---
            nom: "<img src=x onerror=alert(1)> & \\"Cie\\""
            titre: Un titre
            domaine: Un domaine
            cycles:
              - debut: 2001
                titre: Un cycle
                innovations:
                  - nom: "<b>Gras</b> & co"
                    description: "Un texte avec </td></tr> au milieu & 1 < 2"
            pratiques:
              - echelon: local
                fonction: plaidoyer
                actions: ["<script>alert(2)</script> et <em onclick=x>"]
            ---

            """
        ])
        let html = try Self.page(try site.builder().render().get())
        for raw in ["<img src=x", "<script>alert(2)", "<b>Gras</b>", "</td></tr> au milieu", "onclick"] {
            #expect(!html.contains(raw), "« \(raw) » reaches the page")
        }
        #expect(html.contains("<option value=\"gamma\">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Cie&quot;</option>"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Cie&quot;</a></td>"))
        // Markdown as on the monograph's page: raw HTML dropped (safe mode), text escaped.
        #expect(html.contains("<strong><!-- raw HTML omitted -->Gras<!-- raw HTML omitted --> &amp; co</strong>"))
        #expect(html.contains("au milieu &amp; 1 &lt; 2"))
        // The only script of the page is the explorer's own.
        #expect(html.components(separatedBy: "<script").count == 2)
        #expect(html.contains("<script src=\"../assets/explorateur.js\"></script>"))
    }

    @Test func withoutScriptEveryRowIsShownAndTheControlsAreLabelled() throws {
        let site = try TemporarySite()
        let files = try site.builder().render().get()
        let html = try Self.page(files)
        let rows = Self.rows(html)
        #expect(!rows.isEmpty)
        for row in rows { #expect(!row.html.prefix { $0 != ">" }.contains("hidden"), "\(row.html)") }
        // The form does nothing without the script: hidden until the script shows it.
        #expect(html.contains("<form id=\"filtres\" class=\"filtres\" hidden "))
        #expect(html.contains("<p id=\"compte\" class=\"compte\" aria-live=\"polite\">4 lignes\u{202F}: 3 actions et 1 innovation.</p>"))
        for (key, label) in [("reseau", "Réseau"), ("fonction", "Fonction"), ("echelon", "Échelon"), ("phase", "Étape")] {
            #expect(html.contains("<label for=\"filtre-\(key)\">\(label)</label>"))
            #expect(html.contains("<select id=\"filtre-\(key)\" name=\"\(key)\"><option value=\"\">Tou"))
        }
        #expect(files["assets/explorateur.js"] != nil)
        // Without a filter, the caption names every network; the script rewrites it from what the rows
        // are, and shows the notice when no row is left.
        #expect(html.contains("<caption id=\"explorateur-legende\" data-lignes=\"Les actions et les innovations\" data-suite=\"\">"))
        #expect(html.contains(">Les actions et les innovations de tous les réseaux</caption>"))
        #expect(html.contains("<div id=\"explorateur-vide\" class=\"explorateur-vide\" hidden>\n"))
        #expect(html.contains("<p>Aucune action ni innovation ne correspond à ces filtres.</p>"))
        #expect(html.contains("<button type=\"button\" class=\"bouton\" id=\"filtres-effacer\">Effacer les filtres</button>"))
    }

    @Test func theExplorerIsLinkedFromEveryPageAndListed() throws {
        let site = try TemporarySite()
        let settings = try String(contentsOf: site.content.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", settings + "url: https://exemple.org/monographies/\n")
        let files = try site.builder().render().get()
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            let root = String(repeating: "../", count: path.split(separator: "/").count - 1)
            #expect(String(decoding: data, as: UTF8.self).contains("<a href=\"\(root)explorateur/index.html\">"), "\(path)")
        }
        #expect(try Self.page(files, "plan-du-site/index.html").contains("<a href=\"../explorateur/index.html\">"))
        #expect(try Self.page(files, "sitemap.xml").contains("<loc>https://exemple.org/monographies/explorateur/</loc>"))
        // No other page than the explorer's carries a script (JSON-LD is data, not a script).
        for (path, data) in files where path.hasSuffix(".html") && !path.hasPrefix("explorateur/") {
            let html = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<script type=\"application/ld+json\">", with: "")
            #expect(!html.contains("<script"), "\(path)")
        }
    }
}
