import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// Partial sections (`redaction`), the three editorial states, and what each computed view says it rests on
/// (FORMAT §4–6), checked against counts made here from the published data.
@Suite struct CoverageTests {
    // MARK: Partial sections

    @Test func aMarkedSectionIsPartialAndShownAsSuch() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph(
                """
                numero: 3
                identite:
                  creation: 1990
                pratiques:
                  - echelon: national
                    fonction: plaidoyer
                    actions: [Une action]
                redaction:
                  pratiques: partielle
                  carte-identite: complete
                """)
        ])
        let loaded = try site.load()
        let gamma = try #require(loaded.monographs.first { $0.slug == "gamma" })
        #expect(SectionID.allCases.map(gamma.state) == [.complete, .aRediger, .aRediger, .partielle, .aRediger, .aRediger])

        let files = try site.builder().render().get()
        let pageData = try #require(files["reseaux/gamma/index.html"])
        let page = String(decoding: pageData, as: UTF8.self)
        #expect(page.contains("<section id=\"pratiques\" class=\"section-monographie\" aria-labelledby=\"pratiques-titre\" data-partiel>"))
        #expect(page.contains("<p class=\"partielle\" role=\"note\" data-pagefind-ignore>En cours de rédaction\u{202F}:"))
        #expect(page.contains("<section id=\"carte-identite\" class=\"section-monographie\" aria-labelledby=\"carte-identite-titre\">"))
        #expect(page.components(separatedBy: "data-partiel").count == 2)

        let homeData = try #require(files["index.html"])
        let home = String(decoding: homeData, as: UTF8.self)
        // A card says calmly that a monograph is being written; the states of its sections are on the
        // page « État de la collection ».
        #expect(home.components(separatedBy: "<p class=\"carte-etat\">En cours de rédaction</p>").count - 1 == 2)
        #expect(!home.contains("jauge"))

        let data = try #require(files["donnees/reseaux.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let entry = try #require(json.first { $0["slug"] as? String == "gamma" })
        #expect(
            entry["redaction"] as? [String: String] == [
                "carte-identite": "complete", "dynamique": "a-rediger", "cycles": "a-rediger", "pratiques": "partielle",
                "modele-socio-economique": "a-rediger", "perspectives": "a-rediger",
            ])
        #expect((entry["completude"] as? [String: Bool])?["pratiques"] == true)
    }

    @Test func theCompletenessViewShowsTheThreeStates() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph("pratiques:\n  - echelon: national\n    fonction: plaidoyer\nredaction:\n  pratiques: partielle"),
            "synthese.md": "---\ntitre: Synthèse\n---\n```vue completude\n```\n",
        ])
        let files = try site.builder().render().get()
        let pageData = try #require(files["synthese/index.html"])
        let page = String(decoding: pageData, as: UTF8.self)
        #expect(page.contains("<span class=\"partiel\">◐<span class=\"visually-hidden\"> partielle</span></span>"))
        #expect(page.contains("<span class=\"fait\">✓<span class=\"visually-hidden\"> complète</span></span>"))
        #expect(page.contains("<span class=\"a-faire\">–<span class=\"visually-hidden\"> à rédiger</span></span>"))
        #expect(page.contains("<td>1 partielle, 5 à rédiger</td>"))
        #expect(page.contains("data-vue=\"completude\" data-couverture=\"3/3\" data-pagefind-ignore>"))
    }

    @Test(arguments: [
        (
            "redaction:\n  cycles: partielle",
            "Content/reseaux/gamma.md:6:3: error: la section « Cycles d’innovation » est marquée « partielle » mais n’a encore rien à montrer"
        ),
        (
            "redaction:\n  pratique: partielle",
            "Content/reseaux/gamma.md:6:3: error: clé inconnue « pratique » dans « redaction » ; vouliez-vous dire « pratiques » ?"
        ),
        (
            "pratiques:\n  - echelon: national\n    fonction: plaidoyer\nredaction:\n  pratiques: partiel",
            "Content/reseaux/gamma.md:9:14: error: état de rédaction"
        ),
    ])
    func badMarksAreErrorsAtTheirPlace(frontMatter: String, expected: String) throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph(frontMatter)])
        let diagnostics = site.diagnostics()
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix(expected) == true, "\(diagnostics)")
    }

    @Test func aSectionWithOnlyProseCanBeMarked() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("redaction:\n  cycles: partielle", body: "## Cycles d’innovation\n\nUn cycle.\n")]
        )
        let loaded = try site.load()
        let gamma = try #require(loaded.monographs.first { $0.slug == "gamma" })
        #expect(gamma.state(.cycles) == .partielle)
    }

    // MARK: Coverage

    /// The site's own content plus networks it has never seen, some marked partial, some without the data
    /// of some views: every view's `data-couverture`, its sentence and `couverture` in `synthese.json`
    /// agree with a count made here from `reseaux.json` by the rules of FORMAT §5.
    @Test func coverageAgreesWithAnIndependentCount() throws {
        let site = try Self.projectSite()
        for i in 0..<12 { try site.write("reseaux/inedit-\(i).md", Self.unseenNetwork(i)) }
        // A synthesis page that places every view of the catalogue, whatever the writers' page places.
        try site.write(
            "synthese.md", "---\ntitre: Synthèse\n---\n" + ViewID.allCases.map { "```vue \($0.rawValue)\n```\n" }.joined(separator: "\n"))
        // Every view with figures or a coverage in `synthese.json` is counted here.
        let catalogued: [String] = ViewCatalog.all.compactMap { view in view.dataKey == nil ? nil : view.id.rawValue }
        #expect(Self.views.map { $0.0 } == catalogued)

        let files = try site.builder().render().get()
        let networksData = try #require(files["donnees/reseaux.json"]), synthesisData = try #require(files["donnees/synthese.json"])
        let networks = try #require(try JSONSerialization.jsonObject(with: networksData) as? [[String: Any]])
        let synthesis = try #require(try JSONSerialization.jsonObject(with: synthesisData) as? [String: Any])
        let coverage = try #require(synthesis["couverture"] as? [String: [String: Any]])
        // `synthese.json` is the catalogue's: each view's figures under its key, and every view's coverage.
        let referentiel = try site.load().referentiel
        var withFigures: [String] = []
        for view in ViewCatalog.all {
            if let key = view.dataKey, view.data(of: [], inputs: SharedInputs(), referentiel: referentiel) != nil { withFigures.append(key) }
        }
        let keys = Set(synthesis.keys), coverageKeys = Set(coverage.keys), viewKeys = Set(Self.views.map { $0.1 })
        #expect(keys == Set(["reseaux", "couverture"] + withFigures))
        #expect(coverageKeys == viewKeys)
        let pageData = try #require(files["synthese/index.html"])
        let page = String(decoding: pageData, as: UTF8.self)
        #expect(networks.count == 19)

        for (view, key, section) in Self.views {
            let withData = networks.filter { Self.hasData(key, $0) }.map { $0["slug"] as! String }
            let without = networks.map { $0["slug"] as! String }.filter { !withData.contains($0) }
            let partial = networks.filter {
                Self.hasData(key, $0) && ($0["redaction"] as? [String: String])?[section] == "partielle"
            }.map { $0["slug"] as! String }
            let entry = try #require(coverage[key], "\(key)")
            #expect(entry["reseaux"] as? Int == networks.count, "\(key)")
            #expect(entry["avec_donnees"] as? Int == withData.count, "\(key)")
            #expect(entry["sans_donnees"] as? [String] == without, "\(key)")
            #expect(entry["partielles"] as? [String] == partial, "\(key)")

            let figure = try #require(Self.figure(view, in: page), "\(view)")
            let isPartial = withData.count < networks.count || !partial.isEmpty
            #expect(
                figure.hasPrefix(
                    "<figure class=\"vue vue-\(view)\" data-vue=\"\(view)\" data-couverture=\"\(withData.count)/\(networks.count)\"\(isPartial ? " data-partiel" : "") data-pagefind-ignore>"
                ), "\(view)")
            #expect(
                figure.contains(
                    withData.isEmpty
                        ? "Aucun réseau sur \(networks.count) n’a encore de données"
                        : "Calculé sur \(withData.count) réseau\(withData.count > 1 ? "x" : "") sur \(networks.count)"), "\(view)")
            // The sentence is an editor's note under the view, never an alarm above it.
            #expect(!figure.contains("Vue partielle"), "\(view)")
            let caption = try #require(figure.range(of: "</figcaption>"), "\(view)")
            let note = try #require(figure.range(of: "<div class=\"vue-couverture\">"), "\(view)")
            #expect(caption.upperBound < note.lowerBound, "\(view)")
            // Every network without data and every network described in part is linked from the sentence.
            let sentence = try #require(
                figure.components(separatedBy: "<div class=\"vue-couverture\">").dropFirst().first?
                    .components(separatedBy: "</div>\n").first)
            for slug in without + partial { #expect(sentence.contains("href=\"../reseaux/\(slug)/index.html\""), "\(view) \(slug)") }
            if !partial.isEmpty {
                #expect(sentence.contains("dont \(partial.count) décrit\(partial.count > 1 ? "s" : "") en partie seulement"), "\(view)")
            }
        }
        // The completeness table has its own page, « État de la collection ».
        let statePage = String(decoding: try #require(files["etat-de-la-collection/index.html"]), as: UTF8.self)
        #expect(
            Self.figure("completude", in: statePage)?.hasPrefix(
                "<figure class=\"vue vue-completude\" data-vue=\"completude\" data-couverture=\"19/19\" data-pagefind-ignore>")
                == true)
    }

    @Test func aViewWithNoDataShowsTheNoticeInsteadOfAChart() throws {
        let site = try TemporarySite([
            "reseaux/alpha.md": monograph("numero: 1"),
            "synthese.md": "---\ntitre: Synthèse\n---\n```vue phases\n```\n\n```vue fonctions-par-reseau\n```\n",
        ])
        let files = try site.builder().render().get()
        let pageData = try #require(files["synthese/index.html"])
        let page = String(decoding: pageData, as: UTF8.self)
        for view in ["phases", "fonctions-par-reseau"] {
            let figure = try #require(Self.figure(view, in: page))
            #expect(figure.contains("data-couverture=\"0/2\" data-partiel data-pagefind-ignore>"))
            #expect(
                figure.contains(
                    french(
                        "Aucun réseau sur 2 n’a encore de données pour cette vue, qui n’a donc rien à montrer ; sans données : "
                            + "<a href=\"../reseaux/alpha/index.html\">Gamma</a>, <a href=\"../reseaux/beta/index.html\">Bêta</a>.</p>")))
            #expect(!figure.contains("<svg"))
            #expect(!figure.contains("<table"))
        }
    }

    /// A view placed alone in an item of a tight list is drawn there, not left as its place holder.
    @Test func aViewInATightListItemIsPlaced() throws {
        let site = try TemporarySite([
            "synthese.md": "---\ntitre: Synthèse\n---\n- Une étape.\n- ```vue phases\n  ```\n- Une autre.\n"
        ])
        let page = String(decoding: try #require(try site.builder().render().get()["synthese/index.html"]), as: UTF8.self)
        #expect(page.contains("<li><figure class=\"vue vue-phases\""))
        #expect(!page.contains("\u{E000}") && !page.contains("\u{E001}"))
    }

    @Test func countsAgreeInNumberTheFrenchWay() {
        #expect(Format.count(0, "réseau", "réseaux") == "0 réseau")
        #expect(Format.count(1, "réseau", "réseaux") == "1 réseau")
        #expect(Format.count(3, "réseau", "réseaux") == "3 réseaux")
        #expect(Format.count(2000, "réseau", "réseaux") == "2\u{202F}000 réseaux")
        #expect(
            SectionState.summary([.complete, .partielle, .partielle, .aRediger, .aRediger, .aRediger])
                == "1 complète, 2 partielles, 3 à rédiger")
    }

    /// At a thousand networks and more, counts are grouped by thousands on every page.
    @Test func largeCountsAreGroupedTheFrenchWay() throws {
        var files: [String: String] = ["synthese.md": "---\ntitre: Synthèse\n---\n```vue fonctions-par-reseau\n```\n\n```vue phases\n```\n"]
        for i in 0..<1_001 {
            files["reseaux/r\(i).md"] = "---\nnom: R \(i)\ntitre: T\ndomaine: D\npratiques:\n  - echelon: national\n    fonction: plaidoyer\n---\n"
        }
        let site = try TemporarySite(files, copying: "minimal")
        try site.remove("reseaux/alpha.md")
        try site.remove("reseaux/beta.md")
        let output = try site.builder().render().get()
        let home = String(decoding: try #require(output["index.html"]), as: UTF8.self)
        #expect(home.contains("<h2 id=\"titre-reseaux\">Les 1\u{202F}001 monographies</h2>"))
        let page = String(decoding: try #require(output["synthese/index.html"]), as: UTF8.self)
        #expect(page.contains("Calculé sur 1\u{202F}001 réseaux sur 1\u{202F}001."))
        // A long list of networks is counted in the sentence and its first names are folded below it.
        #expect(
            page.contains(
                french(
                    "Aucun réseau sur 1\u{202F}001 n’a encore de données pour cette vue, qui n’a donc rien à montrer ;"
                        + " sans données : 1\u{202F}001 réseaux, dont les 30 premiers listés ci-dessous.</p>\n"
                        + "<details class=\"vue-liste\"><summary>Réseaux sans données (1\u{202F}001)</summary>\n<p><a href=\"../reseaux/r0/index.html\">R 0</a>, "
                )))
        #expect(page.contains(french("par nom ; les 971 autres sont nommés dans <a href=\"../donnees/synthese.json\">synthese.json</a>")))
        #expect(!page.contains("<a href=\"../reseaux/r999/index.html\">R 999</a>"))
        // No count of a text is written without its thousands grouped (coordinates may hold these digits).
        #expect(page.firstMatch(of: #/>[^<]*[^\d.]1001[^\d.][^<]*</#) == nil)
    }

    /// No page of the real site writes a count as « réseau(x) », « action(s) » or « inconnu(e) ».
    @Test func noPageHedgesANumberWithParentheses() throws {
        let site = try Self.projectSite()
        let files = try site.builder().render().get()
        let hedge = try Regex("[a-zàâéèêëîïôûç]\\((x|s|e|es)\\)")
        for (path, data) in files where path.hasSuffix(".html") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.firstMatch(of: hedge) == nil, "\(path): \(text.firstMatch(of: hedge).map { String(text[$0.range]) } ?? "")")
        }
    }

    // MARK: Helpers

    /// A copy of the project's own content.
    static func projectSite() throws -> TemporarySite {
        let site = try TemporarySite(copying: nil)
        try FileManager.default.removeItem(at: site.content)
        try FileManager.default.copyItem(at: Paths.content, to: site.content)
        return site
    }

    /// (view id, key in `synthese.json`, governing section) for every view with a coverage entry, in the
    /// catalogue's order.
    static let views = [
        ("phases", "phases", "pratiques"), ("fonctions-par-phase", "fonctions_par_phase", "pratiques"),
        ("fonctions-par-reseau", "fonctions_par_reseau", "pratiques"), ("echelons-territoriaux", "echelons_territoriaux", "pratiques"),
        ("natures", "natures", "dynamique"), ("identites", "identites", "carte-identite"), ("panorama-innovations", "innovations", "cycles"),
    ]

    /// The coverage rules of FORMAT §5, read from a `reseaux.json` entry.
    static func hasData(_ key: String, _ network: [String: Any]) -> Bool {
        let practices = network["pratiques"] as? [[String: Any]] ?? []
        let cycles = network["cycles"] as? [[String: Any]] ?? []
        switch key {
        case "phases", "fonctions_par_phase":
            return practices.contains { ($0["actions"] as? [[String: Any]] ?? []).contains { !($0["phases"] as? [String] ?? []).isEmpty } }
        case "fonctions_par_reseau", "echelons_territoriaux":
            return !practices.isEmpty
        case "natures":
            return !((network["dynamique"] as? [String: Any])?["natures"] as? [String] ?? []).isEmpty
                || cycles.contains { !($0["natures"] as? [String] ?? []).isEmpty }
        case "innovations":
            return cycles.contains { !($0["innovations"] as? [Any] ?? []).isEmpty }
        case "identites":
            return !(network["identite"] as? [String: Any] ?? [:]).isEmpty
        default:
            return false
        }
    }

    /// The HTML of the first rendering of `view` on a page.
    static func figure(_ view: String, in page: String) -> String? {
        guard let start = page.range(of: "<figure class=\"vue vue-\(view)\"") else { return nil }
        guard let end = page.range(of: "</figure>", range: start.upperBound..<page.endIndex) else { return nil }
        return String(page[start.lowerBound..<end.upperBound])
    }

    /// A network the site has never seen; `i` varies which views it has data for and what is marked partial.
    static func unseenNetwork(_ i: Int) -> String {
        var yaml = "---\nnom: Réseau inédit \(i)\ntitre: Une monographie\ndomaine: Un domaine\n"
        var marks: [String] = []
        if i % 3 != 2 {
            yaml += "identite:\n  creation: \(1950 + i)\n"
            if i % 2 == 0 { marks.append("carte-identite") }
        }
        switch i % 4 {
        case 0:
            yaml +=
                "pratiques:\n  - echelon: regional\n    fonction: ingenierie\n    actions:\n      - texte: Une action\n        phases: [diffusion]\n"
            if i % 8 == 0 { marks.append("pratiques") }
        case 1:
            yaml += "pratiques:\n  - echelon: national\n    fonction: plaidoyer\n    actions: [Sans étape]\n"
            marks.append("pratiques")
        case 2:
            yaml += "cycles:\n  - debut: 2000\n    titre: Un cycle\n    natures: [extension]\n"
            marks.append("cycles")
        default:
            yaml +=
                "dynamique:\n  natures: [optimisation]\ncycles:\n  - debut: 2001\n    titre: Un cycle\n    innovations:\n      - nom: Une innovation\n"
            if i % 8 == 3 { marks.append("dynamique") }
        }
        if !marks.isEmpty { yaml += "redaction:\n" + marks.map { "  \($0): partielle\n" }.joined() }
        return yaml + "---\n"
    }
}
